using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Calendar;
using Asiakasmaksu.Domain.FreeText;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Turns one client's lines of a batch into the invoice to create (docs/billing-file.md, "The
/// invoice"): name, address, language and recipient (with email) from the first line by line
/// number. Lines that give the client another name make the whole invoice rejected (the client id may
/// be shared by two people, and one person's services must never go to another); a line whose
/// invoice_date differs from the first line's is rejected; a line with another address is kept with
/// a warning. The invoice is issued through the decider on the day it is sent: its invoice date, or
/// the import day when the file arrived after it (the payment term counts from then), so the same
/// lines give the same invoice whenever a file that is on time is imported.
/// </summary>
internal sealed class InvoiceAssembler(InvoiceRules rules)
{
    /// <summary>Sorts out <paramref name="lines"/> (one client of one batch, in line-number order) by the invoice-level rules.</summary>
    public static InvoiceLines Split(IReadOnlyList<BillingLine> lines)
    {
        var first = lines[0];
        if (lines.Any(l => Key(l.Client.Name) != Key(first.Client.Name)))
        {
            return new InvoiceLines([], [.. lines.Select(l => new LineRejection(l.LineNumber, BillingColumns.Name, ImportReasons.NamesDiffer, l.ClientId))], []);
        }

        var kept = new List<BillingLine>(lines.Count);
        var rejected = new List<LineRejection>();
        var warnings = new List<LineRejection>();
        foreach (var line in lines)
        {
            if (kept.Count > 0 && line.InvoiceDate != kept[0].InvoiceDate)
            {
                rejected.Add(new LineRejection(line.LineNumber, BillingColumns.InvoiceDate, ImportReasons.InvoiceDateDiffers, line.ClientId));
                continue;
            }

            if (kept.Count > 0 && AddressDiffers(kept[0].Client, line.Client) is { } column)
            {
                warnings.Add(new LineRejection(line.LineNumber, column, ImportReasons.AddressDiffers, line.ClientId));
            }

            kept.Add(line);
        }

        return new InvoiceLines(kept, rejected, warnings);
    }

    /// <summary>
    /// A warning when the invoice of <paramref name="kept"/> arrived on <paramref name="importDay"/>
    /// after the due date its invoice date gives: it would be overdue on arrival, so its payment
    /// term counts from the import day instead (<see cref="CollectionSchedule.DueDateFor(DateOnly, DateOnly, Domain.Tariffs.TariffBook)"/>).
    /// </summary>
    public LineRejection? ArrivedLate(IReadOnlyList<BillingLine> kept, DateOnly importDay)
    {
        var first = kept[0];
        return CollectionSchedule.DueDateFor(first.InvoiceDate, rules.Tariffs) < importDay
            ? new LineRejection(first.LineNumber, BillingColumns.InvoiceDate, ImportReasons.ArrivedLate(CollectionSchedule.DueDateFor(first.InvoiceDate, importDay, rules.Tariffs)), first.ClientId)
            : null;
    }

    /// <summary>
    /// The invoice <paramref name="id"/> of <paramref name="lines"/> (non-empty, one client of one
    /// batch, one invoice date, in line-number order), created by <paramref name="importId"/>, each
    /// line billed what <paramref name="charges"/> says (the annual ceiling's charge for a ceiling
    /// line, the decided fee for a line under a fee-reduction decision), numbered <paramref name="invoiceNumber"/>
    /// (the store's allocation). Null when the lines all cost nothing (free under a free card, or
    /// waived, <see cref="IsChargeable"/>): no invoice is made of them.
    /// </summary>
    public PendingInvoice? Build(InvoiceId id, IReadOnlyList<BillingLine> lines, string importId, DateTimeOffset recordedAt, ImportCharges charges, string? invoiceNumber)
    {
        if (!IsChargeable(lines, charges))
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
            [.. lines.Select(charges.InvoiceLineOf)])
        {
            InvoiceNumber = invoiceNumber,
        };

        // Every line was checked (positive amounts, a tariff for the invoice year), so a refusal
        // here is a broken invariant, not bad input.
        var sentOn = DateAdjusters.Latest(first.InvoiceDate, BusinessTime.DateOf(recordedAt));
        var decision = InvoiceDecider.Decide(InvoiceState.None, new InvoiceCommand.Issue(sentOn, draft), rules);
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
            CollectionSchedule.NextWakeUp(issued, sentOn, rules),
            [.. lines.Select(l => new LineKey(l.LineId, l.ContentHash))],
            importId,
            recordedAt);
        return new PendingInvoice(invoice, lines, charges);
    }

    /// <summary>True when <paramref name="lines"/> cost something as <paramref name="charges"/> bill them, so an invoice is made of them.</summary>
    public static bool IsChargeable(IReadOnlyList<BillingLine> lines, ImportCharges charges) =>
        lines.Aggregate(Money.Zero, (sum, l) => sum + charges.ChargeOf(l)).IsPositive;

    /// <summary>A text as compared: folded (<see cref="MatchingText"/>), its spaces collapsed.</summary>
    private static string Key(string text) => string.Join(' ', MatchingText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The first address column in which <paramref name="other"/> differs from <paramref name="first"/>, or null.</summary>
    private static string? AddressDiffers(PostalAddress first, PostalAddress other) =>
        Key(first.Street) != Key(other.Street) ? BillingColumns.Street
        : Key(first.PostalCode) != Key(other.PostalCode) ? BillingColumns.PostalCode
        : Key(first.City) != Key(other.City) ? BillingColumns.City
        : null;
}
