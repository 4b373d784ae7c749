using Asiakasmaksu.Application.Paging;

namespace Asiakasmaksu.Application.Deferrals;

/// <summary>Where deferral requests are kept.</summary>
public interface IDeferralRequestStore
{
    /// <summary>Adds a request; adding the same id again keeps the first.</summary>
    Task AddAsync(DeferralRequest request, CancellationToken cancellationToken);

    /// <summary>The request, or null.</summary>
    Task<DeferralRequest?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Moves a pending request to its outcome; false when it was no longer pending (someone else decided it first).</summary>
    Task<bool> CompleteAsync(DeferralRequest decided, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a decided request whose status is still <paramref name="fromStatus"/> (an approval
    /// whose deferral the invoice no longer allowed becomes a rejection naming why); false when its
    /// status is no longer <paramref name="fromStatus"/>.
    /// </summary>
    Task<bool> ReviseAsync(DeferralRequest revised, string fromStatus, CancellationToken cancellationToken);

    /// <summary>Requests with the given status (all when null), oldest first.</summary>
    IAsyncEnumerable<DeferralRequest> ListAsync(string? status, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the requests with the given status (all when null), oldest first; positions are
    /// <see cref="PageKeys.Of(DeferralRequest)"/>. The default reads the whole list: a store with many
    /// requests reads only the page.
    /// </summary>
    Task<ListPage<DeferralRequest>> ListPageAsync(string? status, PageRequest page, CancellationToken cancellationToken) =>
        Pages.SortAndTakeAsync(ListAsync(status, cancellationToken), r => PageKeys.Of(r), page, cancellationToken);
}
