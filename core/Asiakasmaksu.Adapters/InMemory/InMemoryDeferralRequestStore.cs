using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Deferrals;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>Deferral requests in memory.</summary>
public sealed class InMemoryDeferralRequestStore : IDeferralRequestStore
{
    private readonly ConcurrentDictionary<string, DeferralRequest> requests = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task AddAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        requests.TryAdd(request.Id, request);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<DeferralRequest?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(requests.TryGetValue(id, out var r) ? r : null);

    /// <inheritdoc/>
    public Task<bool> CompleteAsync(DeferralRequest decided, CancellationToken cancellationToken) =>
        ReviseAsync(decided, "pending", cancellationToken);

    /// <inheritdoc/>
    public Task<bool> ReviseAsync(DeferralRequest revised, string fromStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revised);
        return Task.FromResult(requests.TryGetValue(revised.Id, out var current) && current.Status == fromStatus && requests.TryUpdate(revised.Id, revised, current));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<DeferralRequest> ListAsync(string? status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var request in requests.Values.Where(r => status is null || r.Status == status).OrderBy(r => r.RequestedAt).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            yield return request;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
