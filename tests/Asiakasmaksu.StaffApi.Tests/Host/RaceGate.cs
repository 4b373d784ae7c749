using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.StaffApi.Tests.Host;

/// <summary>
/// Wraps the real invoice store so that a test can force a race: once armed for an invoice, the
/// first <c>n</c> loads of it each wait until all <c>n</c> have loaded, so <c>n</c> requests decide
/// on the same state and all try to commit it. Everything else goes straight to the store.
/// </summary>
internal sealed class RaceGate(IInvoiceStore inner) : IInvoiceStore
{
    private Gate? armed;

    /// <summary>Holds the next <paramref name="loads"/> loads of <paramref name="id"/> until all have happened (at most 10 s).</summary>
    public void Arm(InvoiceId id, int loads) => Volatile.Write(ref armed, new Gate(id, loads));

    /// <summary>Lets loads through again.</summary>
    public void Disarm() => Volatile.Write(ref armed, null);

    public async Task<StoredInvoice?> LoadAsync(InvoiceId id, CancellationToken cancellationToken)
    {
        var loaded = await inner.LoadAsync(id, cancellationToken);
        if (Volatile.Read(ref armed) is { } gate && gate.Id == id)
        {
            await gate.PassAsync();
        }

        return loaded;
    }

    public Task<string> CommitAsync(InvoiceChange change, CancellationToken cancellationToken) => inner.CommitAsync(change, cancellationToken);


    /// <inheritdoc/>

    public Task CompleteAuditAsync(InvoiceId id, IReadOnlyList<string> auditIds, CancellationToken cancellationToken) => inner.CompleteAuditAsync(id, auditIds, cancellationToken);

    public Task<IReadOnlyList<CreateOutcome>> CreateAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken) => inner.CreateAsync(invoices, cancellationToken);

    public IAsyncEnumerable<WakeUp> DueForWakeUpAsync(DateOnly through, CancellationToken cancellationToken) => inner.DueForWakeUpAsync(through, cancellationToken);

    public Task ForgetWakeUpAsync(InvoiceId id, DateOnly day, CancellationToken cancellationToken) => inner.ForgetWakeUpAsync(id, day, cancellationToken);

    public IAsyncEnumerable<InvoiceSummary> ListForClientAsync(string clientId, CancellationToken cancellationToken) => inner.ListForClientAsync(clientId, cancellationToken);

    public IAsyncEnumerable<InvoiceSummary> ListAllAsync(CancellationToken cancellationToken) => inner.ListAllAsync(cancellationToken);

    public Task<InvoiceId?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) => inner.FindByReferenceAsync(reference, cancellationToken);

    public Task<IReadOnlyList<string>> AllocateInvoiceNumbersAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken) => inner.AllocateInvoiceNumbersAsync(invoices, cancellationToken);

    public Task<InvoiceId?> FindByInvoiceNumberAsync(string invoiceNumber, CancellationToken cancellationToken) => inner.FindByInvoiceNumberAsync(invoiceNumber, cancellationToken);

    private sealed class Gate(InvoiceId id, int loads)
    {
        private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int arrived;

        public InvoiceId Id => id;

        public async Task PassAsync()
        {
            var n = Interlocked.Increment(ref arrived);
            if (n > loads)
            {
                return;
            }

            if (n == loads)
            {
                all.SetResult();
            }

            await all.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
