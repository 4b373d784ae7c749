using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Payments;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>Unmatched bank payments in memory.</summary>
public sealed class InMemoryUnmatchedPaymentStore : IUnmatchedPaymentStore
{
    private readonly ConcurrentDictionary<string, UnmatchedPayment> entries = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<bool> AddAsync(UnmatchedPayment entry, CancellationToken cancellationToken) =>
        Task.FromResult(entries.TryAdd(entry.Id, entry));

    /// <inheritdoc/>
    public Task<UnmatchedPayment?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(entries.TryGetValue(id, out var e) ? e : null);

    /// <inheritdoc/>
    public Task<bool> MarkAllocatedAsync(UnmatchedPayment allocated, CancellationToken cancellationToken) =>
        Task.FromResult(entries.TryGetValue(allocated.Id, out var current) && current.IsOpen && entries.TryUpdate(allocated.Id, allocated, current));

    /// <inheritdoc/>
    public async IAsyncEnumerable<UnmatchedPayment> ListAsync(string? status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in entries.Values.Where(e => status is null || e.Status == status).OrderBy(e => e.BookingDate).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            yield return entry;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
