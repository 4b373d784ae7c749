namespace Asiakasmaksu.Application.Idempotency;

/// <summary>
/// Remembers each Idempotency-Key's request and answer, so that a retried request gets the same
/// answer and changes nothing twice.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims <paramref name="key"/> for a request whose content hashes to <paramref name="requestHash"/>:
    /// new → <see cref="IdempotencyClaim.Claimed"/>; answered before for the same request → the stored
    /// answer; used for another request → <see cref="IdempotencyClaim.Mismatch"/>; still being answered → <see cref="IdempotencyClaim.InProgress"/>.
    /// A claim older than <paramref name="staleAfter"/> that never got an answer (its process died) may be taken over.
    /// A key first used <see cref="IdempotencyRetention.Period"/> or more before <paramref name="now"/> is
    /// expired: it counts as new, whether or not it was purged yet.
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(string key, string requestHash, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken);

    /// <summary>Stores the answer to a claimed key.</summary>
    Task CompleteAsync(string key, StoredResponse response, CancellationToken cancellationToken);

    /// <summary>Gives up a claim whose request failed unexpectedly, so that a retry can run.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the keys expired at <paramref name="now"/> (first used <see cref="IdempotencyRetention.Period"/>
    /// or more before it) and returns how many. Hosts call it periodically (e.g. hourly); a key claimed
    /// again meanwhile is left alone. Expiry does not wait for it: an expired key counts as new anyway.
    /// </summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
