using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Import;

/// <summary>What the annual ceiling made of one chunk's ceiling lines.</summary>
/// <param name="Charged">The charge of each ceiling line, by ceiling line key (<c>{batch_id}/{line_id}</c>).</param>
/// <param name="Rejected">Ceiling lines that cannot be charged, with why.</param>
/// <param name="Outcomes">Each account's outcome (for the free card notices).</param>
internal sealed record ChunkCharges(
    IReadOnlyDictionary<string, Money> Charged,
    IReadOnlyList<LineRejection> Rejected,
    IReadOnlyList<(CeilingKey Key, CeilingOutcome Outcome)> Outcomes)
{
    /// <summary>No ceiling lines.</summary>
    public static ChunkCharges None { get; } = new(new Dictionary<string, Money>(), [], []);

    /// <summary>What the import's fee-reduction decisions made of its lines (null: none apply).</summary>
    public FeeReductionPrices? Reductions { get; init; }

    /// <summary>The charge of <paramref name="line"/>: from its account for a ceiling line, else under a fee-reduction decision, else as billed.</summary>
    public Money ChargeOf(BillingLine line) =>
        Charged.TryGetValue(line.CeilingLineKey, out var charged) ? charged : Reductions?.Of(line)?.Amount ?? line.Amount;

    /// <summary>The invoice line <paramref name="line"/> becomes: its charge, the list amount when it differs, and the fee-reduction decision that set it.</summary>
    public InvoiceLine InvoiceLineOf(BillingLine line) =>
        line.ToInvoiceLine(ChargeOf(line)) with { FeeReductionId = Charged.ContainsKey(line.CeilingLineKey) ? null : Reductions?.Of(line)?.DecisionId };
}
