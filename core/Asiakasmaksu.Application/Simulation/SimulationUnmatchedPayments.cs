using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Payments;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>The unmatched list of one simulation run, in memory (its content goes to unmatched-payments.json).</summary>
internal sealed class SimulationUnmatchedPayments : IUnmatchedPaymentStore
{
    private readonly ConcurrentDictionary<string, UnmatchedPayment> entries = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    public Task<bool> AddAsync(UnmatchedPayment entry, CancellationToken cancellationToken) => Task.FromResult(entries.TryAdd(entry.Id, entry));

    public Task<UnmatchedPayment?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(entries.TryGetValue(id, out var e) ? e : null);

    public Task<bool> MarkAllocatedAsync(UnmatchedPayment allocated, CancellationToken cancellationToken) =>
        Task.FromResult(entries.TryGetValue(allocated.Id, out var current) && current.IsOpen && entries.TryUpdate(allocated.Id, allocated, current));

    public async IAsyncEnumerable<UnmatchedPayment> ListAsync(string? status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in entries.Values.Where(e => status is null || e.Status == status).OrderBy(e => e.BookingDate).ThenBy(e => e.FileName, StringComparer.Ordinal).ThenBy(e => e.PaymentId, StringComparer.Ordinal))
        {
            yield return entry;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
