using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// What one import bills its lines: the annual ceiling's charge of each ceiling line (found by the
/// ceiling pass, <see cref="ImportCeiling"/>) and the fee-reduction decisions' price of the others
/// (<see cref="FeeReductionPrices"/>). Sparse, so that a file of a million lines costs little
/// memory: only the ceiling lines charged other than their amount (past the ceiling, under a free
/// card, or adjusted later in the import) and the line numbers the ceiling refused are kept.
/// </summary>
internal sealed class ImportCharges(FeeReductionPrices? reductions)
{
    private readonly Dictionary<string, Money> ceilingCharges = new(StringComparer.Ordinal);
    private readonly HashSet<int> refused = [];

    /// <summary>What the import's fee-reduction decisions made of its lines (null: none apply).</summary>
    public FeeReductionPrices? Reductions => reductions;

    /// <summary>Records the charge of a ceiling line (kept only when it differs from the line's amount).</summary>
    public void Charged(BillingLine line, Money charge)
    {
        if (charge != line.Amount)
        {
            ceilingCharges[line.CeilingLineKey] = charge;
        }
        else
        {
            ceilingCharges.Remove(line.CeilingLineKey);
        }
    }

    /// <summary>A recomputation later in the import changed the charge of the ceiling line <paramref name="lineKey"/> (kept whatever it is).</summary>
    public void Adjusted(string lineKey, Money now) => ceilingCharges[lineKey] = now;

    /// <summary>The ceiling refused the line (it was rejected, with its reason, by the ceiling pass).</summary>
    public void Refuse(BillingLine line) => refused.Add(line.LineNumber);

    /// <summary>Whether the ceiling refused <paramref name="line"/>: it goes on no invoice.</summary>
    public bool IsRefused(BillingLine line) => refused.Contains(line.LineNumber);

    /// <summary>The charge of <paramref name="line"/>: from its account for a ceiling line, else under a fee-reduction decision, else as billed.</summary>
    public Money ChargeOf(BillingLine line) =>
        line.CountsTowardCeiling
            ? ceilingCharges.GetValueOrDefault(line.CeilingLineKey, line.Amount)
            : reductions?.Of(line)?.Amount ?? line.Amount;

    /// <summary>The invoice line <paramref name="line"/> becomes: its charge, the list amount when it differs, and the fee-reduction decision that set it.</summary>
    public InvoiceLine InvoiceLineOf(BillingLine line) =>
        line.ToInvoiceLine(ChargeOf(line)) with { FeeReductionId = line.CountsTowardCeiling ? null : reductions?.Of(line)?.DecisionId };
}
