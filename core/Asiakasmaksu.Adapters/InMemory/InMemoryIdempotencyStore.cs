using System.Collections.Concurrent;
using Asiakasmaksu.Application.Idempotency;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>Idempotency keys in memory (tests, single-process local runs), kept for <see cref="IdempotencyRetention.Period"/>.</summary>
public sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<IdempotencyClaim> ClaimAsync(string key, string requestHash, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        while (true)
        {
            var claim = new Entry(requestHash, now, now, null);
            if (entries.TryAdd(key, claim))
            {
                return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Claimed());
            }

            if (!entries.TryGetValue(key, out var existing))
            {
                continue;
            }

            if (IdempotencyRetention.IsExpired(existing.FirstUsedAt, now))
            {
                if (entries.TryUpdate(key, claim, existing))
                {
                    return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Claimed());
                }

                continue;
            }

            if (existing.RequestHash != requestHash)
            {
                return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Mismatch());
            }

            if (existing.Response is { } response)
            {
                return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Replay(response));
            }

            if (now - existing.ClaimedAt > staleAfter && entries.TryUpdate(key, existing with { ClaimedAt = now }, existing))
            {
                return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Claimed());
            }

            return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.InProgress());
        }
    }

    /// <inheritdoc/>
    public Task CompleteAsync(string key, StoredResponse response, CancellationToken cancellationToken)
    {
        entries.AddOrUpdate(key, _ => throw new InvalidOperationException("The key was not claimed."), (_, e) => e with { Response = response });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        entries.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var purged = 0;
        foreach (var (key, entry) in entries)
        {
            // Removed only as it was read: a key claimed again meanwhile is a new entry and stays.
            if (IdempotencyRetention.IsExpired(entry.FirstUsedAt, now) && entries.TryRemove(new KeyValuePair<string, Entry>(key, entry)))
            {
                purged++;
            }
        }

        return Task.FromResult(purged);
    }

    /// <summary>A key's request, when it was first used and last claimed, and its answer once stored.</summary>
    private sealed record Entry(string RequestHash, DateTimeOffset FirstUsedAt, DateTimeOffset ClaimedAt, StoredResponse? Response);
}
