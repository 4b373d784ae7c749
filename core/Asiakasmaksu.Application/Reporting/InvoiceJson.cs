using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Application.Store;

namespace Asiakasmaksu.Application.Reporting;

/// <summary>
/// An invoice as one JSON object (docs/simulate.md, the staff API): batchId, clientId, invoiceId,
/// invoiceNumber (only when asked for: simulate's invoices.json has it, the staff API's answers do not),
/// invoiceDate, dueDate (the invoice's own), noticeDueDate (what the next step counts from), amount,
/// reference, status, stage, balance {principal, fees, interest}, credit, timeline.
/// </summary>
public static class InvoiceJson
{
    /// <summary>
    /// Writes <paramref name="stored"/> as an object; <paramref name="extra"/> may add fields before the
    /// timeline; with <paramref name="invoiceNumber"/> the readable invoice number follows the id (null
    /// for an invoice issued before numbers were allocated).
    /// </summary>
    public static void Write(Utf8JsonWriter w, StoredInvoice stored, Action<Utf8JsonWriter>? extra = null, bool invoiceNumber = false)
    {
        var invoice = stored.State;
        var f = invoice.Facts;
        w.WriteStartObject();
        w.WriteString("batchId", f.BatchId);
        w.WriteString("clientId", f.ClientId);
        w.WriteString("invoiceId", f.Id.Value);
        if (invoiceNumber)
        {
            w.WriteString("invoiceNumber", f.InvoiceNumber);
        }

        w.WriteString("invoiceDate", Iso(f.InvoiceDate));
        InvoiceDueDates.Write(w, invoice);
        w.WriteString("amount", f.Amount.ToString());
        w.WriteString("reference", f.Reference);
        w.WriteString("status", invoice.Status);
        w.WriteString("stage", invoice.Stage.Name);
        w.WriteStartObject("balance");
        w.WriteString("principal", invoice.Ledger.Principal.ToString());
        w.WriteString("fees", invoice.Ledger.Fees.ToString());
        w.WriteString("interest", invoice.Ledger.Interest.ToString());
        w.WriteEndObject();
        w.WriteString("credit", invoice.Ledger.Credit.ToString());
        extra?.Invoke(w);
        w.WritePropertyName("timeline");
        TimelineJson.Write(w, stored.History);
        w.WriteEndObject();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
