using Asiakasmaksu.Domain.FeeReductions;

namespace Asiakasmaksu.Application.FeeReductions;

/// <summary>The order stores list decisions in: by client (ordinal), then oldest decided first, ties by decision id (ordinal).</summary>
public static class FeeReductionOrder
{
    /// <summary>Sorts <paramref name="decisions"/> in the store order.</summary>
    public static IEnumerable<FeeReductionDecision> Sort(IEnumerable<FeeReductionDecision> decisions) =>
        decisions.OrderBy(d => d.ClientId, StringComparer.Ordinal).ThenBy(d => d.DecidedAt).ThenBy(d => d.Id, StringComparer.Ordinal);
}
