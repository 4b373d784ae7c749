using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// A store that dies part-way, as a crashed import process would: after <paramref name="createsAllowed"/>
/// calls to create invoices, or right after the first allocation of invoice numbers has been recorded
/// (<paramref name="failAfterAllocating"/>). Everything else goes to <paramref name="inner"/>.
/// </summary>
internal sealed class FailingStore(IInvoiceStore inner, int createsAllowed, bool failAfterAllocating = false) : IInvoiceStore
{
    private int creates;

    /// <summary>The numbers the store recorded before this one failed.</summary>
    public List<string> Allocated { get; } = [];

    public async Task<IReadOnlyList<string>> AllocateInvoiceNumbersAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken)
    {
        var numbers = await inner.AllocateInvoiceNumbersAsync(invoices, cancellationToken);
        lock (Allocated)
        {
            Allocated.AddRange(numbers);
        }

        return failAfterAllocating ? throw new IOException("The process died after the numbers were recorded.") : numbers;
    }

    public Task<IReadOnlyList<CreateOutcome>> CreateAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref creates) > createsAllowed ? throw new IOException("The process died.") : inner.CreateAsync(invoices, cancellationToken);

    public Task<InvoiceId?> FindByInvoiceNumberAsync(string invoiceNumber, CancellationToken cancellationToken) => inner.FindByInvoiceNumberAsync(invoiceNumber, cancellationToken);

    public Task<StoredInvoice?> LoadAsync(InvoiceId id, CancellationToken cancellationToken) => inner.LoadAsync(id, cancellationToken);

    public Task<string> CommitAsync(InvoiceChange change, CancellationToken cancellationToken) => inner.CommitAsync(change, cancellationToken);


    /// <inheritdoc/>

    public Task CompleteAuditAsync(InvoiceId id, IReadOnlyList<string> auditIds, CancellationToken cancellationToken) => inner.CompleteAuditAsync(id, auditIds, cancellationToken);

    public IAsyncEnumerable<WakeUp> DueForWakeUpAsync(DateOnly through, CancellationToken cancellationToken) => inner.DueForWakeUpAsync(through, cancellationToken);

    public Task ForgetWakeUpAsync(InvoiceId id, DateOnly day, CancellationToken cancellationToken) => inner.ForgetWakeUpAsync(id, day, cancellationToken);

    public IAsyncEnumerable<InvoiceSummary> ListForClientAsync(string clientId, CancellationToken cancellationToken) => inner.ListForClientAsync(clientId, cancellationToken);

    public Task<ListPage<InvoiceSummary>> ListPageForClientAsync(string clientId, string? status, PageRequest page, CancellationToken cancellationToken) => inner.ListPageForClientAsync(clientId, status, page, cancellationToken);

    public IAsyncEnumerable<InvoiceSummary> ListAllAsync(CancellationToken cancellationToken) => inner.ListAllAsync(cancellationToken);

    public Task<InvoiceId?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) => inner.FindByReferenceAsync(reference, cancellationToken);
}
