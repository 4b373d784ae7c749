using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Turns one client's lines of a batch into the invoice to create (docs/billing-file.md, "The
/// invoice"): name, address, language and recipient (with email) from the first line by line
/// number; a line whose invoice_date differs from the first line's is rejected. The invoice is
/// issued through the decider on its invoice date, so the same lines always give the same events
/// and notices whenever they are imported.
/// </summary>
internal sealed class InvoiceAssembler(InvoiceRules rules)
{
    /// <summary>Splits off the lines whose invoice date differs from the first line's; <paramref name="lines"/> are in line-number order.</summary>
    public static (List<BillingLine> Kept, List<LineRejection> Rejected) SplitByInvoiceDate(IReadOnlyList<BillingLine> lines)
    {
        var kept = new List<BillingLine>(lines.Count);
        var rejected = new List<LineRejection>();
        foreach (var line in lines)
        {
            if (kept.Count == 0 || line.InvoiceDate == kept[0].InvoiceDate)
            {
                kept.Add(line);
            }
            else
            {
                rejected.Add(new LineRejection(line.LineNumber, BillingColumns.InvoiceDate, ImportReasons.InvoiceDateDiffers, line.ClientId));
            }
        }

        return (kept, rejected);
    }

    /// <summary>
    /// The invoice <paramref name="id"/> of <paramref name="lines"/> (non-empty, one client of one
    /// batch, one invoice date, in line-number order), created by <paramref name="importId"/>, each
    /// line billed what <paramref name="charges"/> says (the annual ceiling's charge for a ceiling
    /// line, the decided fee for a line under a fee-reduction decision). Null when the lines all cost
    /// nothing (free under a free card, or waived): no invoice is made of them.
    /// </summary>
    public PendingInvoice? Build(InvoiceId id, IReadOnlyList<BillingLine> lines, string importId, DateTimeOffset recordedAt, ImportCharges charges)
    {
        if (!lines.Aggregate(Money.Zero, (sum, l) => sum + charges.ChargeOf(l)).IsPositive)
        {
            return null;
        }

        var first = lines[0];
        var draft = new InvoiceDraft(
            id,
            first.BatchId,
            first.ClientId,
            first.InvoiceDate,
            InvoiceReferences.NationalFor(id),
            first.Language,
            first.Client,
            first.Recipient,
            [.. lines.Select(charges.InvoiceLineOf)]);

        // Every line was checked (positive amounts, a tariff for the invoice year), so a refusal
        // here is a broken invariant, not bad input.
        var decision = InvoiceDecider.Decide(InvoiceState.None, new InvoiceCommand.Issue(first.InvoiceDate, draft), rules);
        if (decision is not Decision.Accepted accepted)
        {
            throw new InvalidOperationException($"The decider refused an invoice the import had checked: {((Decision.Refused)decision).Reason}.");
        }

        var (state, notices) = NoticeComposer.Apply(InvoiceState.None, accepted.Events);
        var issued = (IssuedInvoice)state;
        var invoice = new NewInvoice(
            accepted.Events,
            issued,
            notices,
            CollectionSchedule.NextWakeUp(issued, first.InvoiceDate, rules),
            [.. lines.Select(l => new LineKey(l.LineId, l.ContentHash))],
            importId,
            recordedAt);
        return new PendingInvoice(invoice, lines, charges);
    }
}
