using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Rendering.Model;
using Asiakasmaksu.Rendering.Templating;

namespace Asiakasmaksu.Rendering.EInvoices;

/// <summary>
/// The rows of a Finvoice message, which add up to what the notice asks to be paid: an invoice's
/// lines (each service as billed, with its date and whether it counts toward the annual ceiling)
/// when they add up to the principal owed; otherwise (a reminder, a corrected amount) one row of the
/// principal naming the invoice; then the fees and the late interest owed, when there are any.
/// </summary>
internal static class FinvoiceRows
{
    public static IReadOnlyList<FinvoiceRow> Of(Notice notice, StringTable strings)
    {
        var language = notice.Language;
        var amounts = notice.Amounts;
        var lines = notice.Details.Lines;
        var rows = new List<FinvoiceRow>();
        if (lines.Count > 0 && lines.Aggregate(Money.Zero, (sum, l) => sum + l.Amount) == amounts.Principal)
        {
            rows.AddRange(lines.Select(l => new FinvoiceRow(
                l.ServiceCode,
                l.Amount,
                l.Quantity,
                l.UnitPrice,
                l.ServiceDate,
                strings.Format("einvoice.line_ceiling", new Dictionary<string, string?>
                {
                    ["service_date"] = NoticeFormat.Date(l.ServiceDate, language),
                    ["ceiling"] = strings.Get(l.CountsTowardCeiling ? "ceiling.yes" : "ceiling.no"),
                }))));
        }
        else if (!amounts.Principal.IsZero)
        {
            rows.Add(new FinvoiceRow(
                strings.Format("einvoice.principal_of", new Dictionary<string, string?>
                {
                    ["invoice_number"] = notice.InvoiceNumber ?? notice.InvoiceId?.Value,
                    ["invoice_date"] = NoticeFormat.Date(notice.Details.InvoiceDate, language),
                }),
                amounts.Principal));
        }

        if (!amounts.Fees.IsZero)
        {
            rows.Add(new FinvoiceRow(strings.Get("label.fees"), amounts.Fees));
        }

        if (!amounts.Interest.IsZero)
        {
            rows.Add(new FinvoiceRow(strings.Get("label.interest"), amounts.Interest));
        }

        return rows;
    }
}
