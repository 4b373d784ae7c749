using System.Collections.Concurrent;
using Asiakasmaksu.Application.Idempotency;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>Idempotency keys in memory (tests, single-process local runs).</summary>
public sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<IdempotencyClaim> ClaimAsync(string key, string requestHash, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (entries.TryAdd(key, new Entry(requestHash, now, null)))
            {
                return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Claimed());
            }

            if (!entries.TryGetValue(key, out var existing))
            {
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

    private sealed record Entry(string RequestHash, DateTimeOffset ClaimedAt, StoredResponse? Response);
}
