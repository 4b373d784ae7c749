using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.FeeReductions;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// What the fee-reduction decisions in force (Act 734/1992 11 §, docs/ceiling.md) make of one
/// import's lines: read once at the start of the import, then each accepted line is priced in file
/// order (<see cref="FeeReductionPricing"/>), keeping for each decision, service and month what the
/// file's earlier lines were billed. Only the lines a decision changed are kept, by ceiling line key.
/// </summary>
/// <remarks>
/// Assumptions, written down here and in docs/ceiling.md: a decision prices only lines that do not
/// count toward the annual ceiling (the fees 11 § reduces are income-based social-care fees, which
/// are outside the ceiling; ceiling lines are billed by their ceiling account); and the running sum
/// of a month covers this file only (a month billed across two files is capped per file).
/// </remarks>
internal sealed class FeeReductionPrices
{
    private readonly Dictionary<string, IReadOnlyCollection<FeeReductionDecision>> byClient;
    private readonly Dictionary<(string Decision, string Service, int Year, int Month), Money> billed = [];
    private readonly Dictionary<string, (Money Amount, string DecisionId)> priced = new(StringComparer.Ordinal);

    private FeeReductionPrices(Dictionary<string, IReadOnlyCollection<FeeReductionDecision>> byClient) => this.byClient = byClient;

    /// <summary>Reads the decisions in force; null when there is no store or no decision (nothing to price).</summary>
    public static async Task<FeeReductionPrices?> LoadAsync(IFeeReductionStore? store, CancellationToken ct)
    {
        if (store is null)
        {
            return null;
        }

        var byClient = new Dictionary<string, List<FeeReductionDecision>>(StringComparer.Ordinal);
        await foreach (var decision in store.ListInForceAsync(ct).ConfigureAwait(false))
        {
            if (!byClient.TryGetValue(decision.ClientId, out var list))
            {
                byClient[decision.ClientId] = list = [];
            }

            list.Add(decision);
        }

        return byClient.Count == 0 ? null : new FeeReductionPrices(byClient.ToDictionary(p => p.Key, p => (IReadOnlyCollection<FeeReductionDecision>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>Prices an accepted line (call once per line, in file order).</summary>
    public void Add(BillingLine line)
    {
        if (line.CountsTowardCeiling || !byClient.TryGetValue(line.ClientId, out var decisions))
        {
            return;
        }

        var probe = FeeReductionPricing.Price(decisions, line.ServiceCode, line.ServiceDate, line.Amount);
        if (probe.Decision is not { } decision)
        {
            return;
        }

        var month = (decision.Id, line.ServiceCode, line.ServiceDate.Year, line.ServiceDate.Month);
        var before = billed.GetValueOrDefault(month);
        var price = FeeReductionPricing.Price(decisions, line.ServiceCode, line.ServiceDate, line.Amount, before);
        billed[month] = before + price.Amount;
        if (price.Amount != line.Amount)
        {
            priced[line.CeilingLineKey] = (price.Amount, decision.Id);
        }
    }

    /// <summary>The amount a decision bills <paramref name="line"/> and that decision's id, or null when no decision changed it.</summary>
    public (Money Amount, string DecisionId)? Of(BillingLine line) => priced.TryGetValue(line.CeilingLineKey, out var p) ? p : null;
}
