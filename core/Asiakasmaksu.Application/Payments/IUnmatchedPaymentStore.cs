using Asiakasmaksu.Application.Paging;

namespace Asiakasmaksu.Application.Payments;

/// <summary>Where unmatched bank payments wait for staff.</summary>
public interface IUnmatchedPaymentStore
{
    /// <summary>Adds an entry; false (and the first kept) when its id is already there.</summary>
    Task<bool> AddAsync(UnmatchedPayment entry, CancellationToken cancellationToken);

    /// <summary>The entry, or null.</summary>
    Task<UnmatchedPayment?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces an open entry with its allocated form; false when it was no longer open (someone else allocated it first).</summary>
    Task<bool> MarkAllocatedAsync(UnmatchedPayment allocated, CancellationToken cancellationToken);

    /// <summary>Entries with the given status (all when null), by booking date then id.</summary>
    IAsyncEnumerable<UnmatchedPayment> ListAsync(string? status, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the entries with the given status (all when null), by booking date then id; positions
    /// are <see cref="PageKeys.Of(UnmatchedPayment)"/>. The default reads the whole list: a store with
    /// many entries reads only the page.
    /// </summary>
    Task<ListPage<UnmatchedPayment>> ListPageAsync(string? status, PageRequest page, CancellationToken cancellationToken) =>
        Pages.SortAndTakeAsync(ListAsync(status, cancellationToken), e => PageKeys.Of(e), page, cancellationToken);
}
