using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Tests.Import;

/// <summary>A store that passes every call to <paramref name="inner"/>; tests override how invoices are created.</summary>
internal abstract class DelegatingInvoiceStore(IInvoiceStore inner) : IInvoiceStore
{
    /// <summary>The store every call goes to.</summary>
    public IInvoiceStore Inner => inner;

    public abstract Task<IReadOnlyList<CreateOutcome>> CreateAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken);

    public Task<StoredInvoice?> LoadAsync(InvoiceId id, CancellationToken cancellationToken) => inner.LoadAsync(id, cancellationToken);

    public Task<string> CommitAsync(InvoiceChange change, CancellationToken cancellationToken) => inner.CommitAsync(change, cancellationToken);


    /// <inheritdoc/>

    public Task CompleteAuditAsync(InvoiceId id, IReadOnlyList<string> auditIds, CancellationToken cancellationToken) => inner.CompleteAuditAsync(id, auditIds, cancellationToken);

    public IAsyncEnumerable<WakeUp> DueForWakeUpAsync(DateOnly through, CancellationToken cancellationToken) => inner.DueForWakeUpAsync(through, cancellationToken);

    public Task ForgetWakeUpAsync(InvoiceId id, DateOnly day, CancellationToken cancellationToken) => inner.ForgetWakeUpAsync(id, day, cancellationToken);

    public IAsyncEnumerable<InvoiceSummary> ListForClientAsync(string clientId, CancellationToken cancellationToken) => inner.ListForClientAsync(clientId, cancellationToken);

    public IAsyncEnumerable<InvoiceSummary> ListAllAsync(CancellationToken cancellationToken) => inner.ListAllAsync(cancellationToken);

    public Task<InvoiceId?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) => inner.FindByReferenceAsync(reference, cancellationToken);

    public Task<IReadOnlyList<string>> AllocateInvoiceNumbersAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken) => inner.AllocateInvoiceNumbersAsync(invoices, cancellationToken);

    public Task<InvoiceId?> FindByInvoiceNumberAsync(string invoiceNumber, CancellationToken cancellationToken) => inner.FindByInvoiceNumberAsync(invoiceNumber, cancellationToken);
}
