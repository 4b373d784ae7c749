using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Domain.FeeReductions;

namespace Asiakasmaksu.Application.FeeReductions;

/// <summary>Where fee-reduction decisions (Act 734/1992 11 §) are kept, per client.</summary>
public interface IFeeReductionStore
{
    /// <summary>Records a decision; false (and the first kept unchanged) when a decision with its id is already recorded for the client.</summary>
    Task<bool> RecordAsync(FeeReductionDecision decision, CancellationToken cancellationToken);

    /// <summary>The client's decision <paramref name="decisionId"/>, or null.</summary>
    Task<FeeReductionDecision?> GetAsync(string clientId, string decisionId, CancellationToken cancellationToken);

    /// <summary>The client's decisions, oldest decided first (ties by id, ordinal).</summary>
    IAsyncEnumerable<FeeReductionDecision> ListForClientAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the client's decisions, oldest decided first; positions are
    /// <see cref="PageKeys.Of(FeeReductionDecision)"/>. A client's decisions are few, so the default
    /// reads them all.
    /// </summary>
    Task<ListPage<FeeReductionDecision>> ListPageForClientAsync(string clientId, PageRequest page, CancellationToken cancellationToken) =>
        Pages.SortAndTakeAsync(ListForClientAsync(clientId, cancellationToken), d => PageKeys.Of(d), page, cancellationToken);

    /// <summary>
    /// Every client's decisions that reduced or waived fees (refusals left out), by client then
    /// oldest decided first: what the billing import prices lines with. Decisions are few (one per
    /// application), so an import reads them all once.
    /// </summary>
    IAsyncEnumerable<FeeReductionDecision> ListInForceAsync(CancellationToken cancellationToken);
}
