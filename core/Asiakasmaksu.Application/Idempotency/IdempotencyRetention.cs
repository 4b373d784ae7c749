namespace Asiakasmaksu.Application.Idempotency;

/// <summary>
/// How long an Idempotency-Key is kept (docs/staff-api.md): 24 hours from its first use. Within the
/// period a retry gets the stored answer and the key reused for another request is refused; after
/// it the key is forgotten (a request with it is a new request), and
/// <see cref="IIdempotencyStore.PurgeExpiredAsync"/> deletes it. A client retries within minutes, so a
/// day is ample.
/// </summary>
public static class IdempotencyRetention
{
    /// <summary>The period a key is kept.</summary>
    public static TimeSpan Period { get; } = TimeSpan.FromHours(24);

    /// <summary>True when a key first used at <paramref name="firstUsedAt"/> is expired at <paramref name="now"/>.</summary>
    public static bool IsExpired(DateTimeOffset firstUsedAt, DateTimeOffset now) => now - firstUsedAt >= Period;

    /// <summary>Keys first used at or before this instant are expired at <paramref name="now"/>.</summary>
    public static DateTimeOffset ExpiredThrough(DateTimeOffset now) => now - Period;
}
