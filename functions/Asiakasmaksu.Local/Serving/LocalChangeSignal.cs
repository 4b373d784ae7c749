using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Endpoints;

namespace Asiakasmaksu.Local.Serving;

/// <summary>Wakes the local scheduler at once after a staff change, so that the invoice's next step is recomputed now.</summary>
internal sealed class LocalChangeSignal : IInvoiceChangeListener
{
    private readonly SemaphoreSlim signal = new(0);

    public Task InvoiceChangedAsync(InvoiceId id, CancellationToken cancellationToken)
    {
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }

        return Task.CompletedTask;
    }

    /// <summary>Waits for a change or <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
