using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Domain.FeeReductions;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>Fee-reduction decisions in memory.</summary>
public sealed class InMemoryFeeReductionStore : IFeeReductionStore
{
    private readonly ConcurrentDictionary<(string ClientId, string Id), FeeReductionDecision> decisions = new();

    /// <inheritdoc/>
    public Task<bool> RecordAsync(FeeReductionDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Task.FromResult(decisions.TryAdd((decision.ClientId, decision.Id), decision));
    }

    /// <inheritdoc/>
    public Task<FeeReductionDecision?> GetAsync(string clientId, string decisionId, CancellationToken cancellationToken) =>
        Task.FromResult(decisions.TryGetValue((clientId, decisionId), out var d) ? d : null);

    /// <inheritdoc/>
    public async IAsyncEnumerable<FeeReductionDecision> ListForClientAsync(string clientId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var decision in FeeReductionOrder.Sort(decisions.Values.Where(d => d.ClientId == clientId)))
        {
            yield return decision;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<FeeReductionDecision> ListInForceAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var decision in FeeReductionOrder.Sort(decisions.Values.Where(d => d.Outcome != FeeReductionOutcome.Refused)))
        {
            yield return decision;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
