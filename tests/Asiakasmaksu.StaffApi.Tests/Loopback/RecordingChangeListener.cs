using System.Collections.Concurrent;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Endpoints;

namespace Asiakasmaksu.StaffApi.Loopback;

/// <summary>The change listener of the loopback host: keeps the invoices it was told about (the local host wakes its scheduler instead).</summary>
public sealed class RecordingChangeListener : IInvoiceChangeListener
{
    private readonly ConcurrentQueue<InvoiceId> changed = new();

    /// <summary>Every invoice told about so far, in order.</summary>
    public IReadOnlyList<InvoiceId> Changed => [.. changed];

    /// <inheritdoc/>
    public Task InvoiceChangedAsync(InvoiceId id, CancellationToken cancellationToken)
    {
        changed.Enqueue(id);
        return Task.CompletedTask;
    }
}
