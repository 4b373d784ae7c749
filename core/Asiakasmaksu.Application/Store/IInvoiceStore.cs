using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Store;

/// <summary>
/// Where invoices live: their event histories, the notices they caused (the outbox), and the
/// indexes the use cases need. Azure Table Storage in production and on Azurite; an in-memory
/// store for simulations. Both pass the same contract tests.
/// </summary>
public interface IInvoiceStore
{
    /// <summary>The invoice with its history, or null when it does not exist.</summary>
    Task<StoredInvoice?> LoadAsync(InvoiceId id, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="LoadAsync"/>, but the store may answer from a copy it keeps of what it last read or
    /// wrote for the invoice, without reading it again: the invoice may have changed since, and then a
    /// commit against that copy throws <see cref="ConcurrencyConflictException"/>. Only for callers that
    /// retry a conflict with <see cref="LoadAsync"/>. The default reads.
    /// </summary>
    Task<StoredInvoice?> LoadPossiblyStaleAsync(InvoiceId id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    /// <summary>
    /// Commits <paramref name="change"/> atomically (events, notices, wake-up) if the invoice is still at
    /// the change's token; throws <see cref="ConcurrencyConflictException"/> otherwise. A change without
    /// events only moves the wake-up. Returns the new token.
    /// </summary>
    Task<string> CommitAsync(InvoiceChange change, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets the audit records <paramref name="auditIds"/> that a change committed with the invoice
    /// (<see cref="InvoiceChange.Audit"/>), once they are in the audit log. Idempotent.
    /// </summary>
    Task CompleteAuditAsync(InvoiceId id, IReadOnlyList<string> auditIds, CancellationToken cancellationToken);

    /// <summary>
    /// Creates invoices from an import. Idempotent: an invoice already created by the same import is
    /// reported as created; one created by another import, or lines already used with other
    /// content, are reported and left alone. Never creates anything twice.
    /// </summary>
    Task<IReadOnlyList<CreateOutcome>> CreateAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken);

    /// <summary>
    /// Wake-ups on or before <paramref name="through"/>, oldest first. A stale entry (left by a commit that
    /// failed, or by a change since) may appear: callers re-check the invoice and then
    /// <see cref="ForgetWakeUpAsync"/> an entry that no longer matches.
    /// </summary>
    IAsyncEnumerable<WakeUp> DueForWakeUpAsync(DateOnly through, CancellationToken cancellationToken);

    /// <summary>Removes the wake-up entry of <paramref name="id"/> for <paramref name="day"/> unless it is the invoice's current one.</summary>
    Task ForgetWakeUpAsync(InvoiceId id, DateOnly day, CancellationToken cancellationToken);

    /// <summary>The invoices of a client.</summary>
    IAsyncEnumerable<InvoiceSummary> ListForClientAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the client's invoices with <paramref name="status"/> (all when null), by invoice id;
    /// positions are <see cref="PageKeys.Of(InvoiceSummary)"/>. The default reads every invoice of the client.
    /// </summary>
    Task<ListPage<InvoiceSummary>> ListPageForClientAsync(string clientId, string? status, PageRequest page, CancellationToken cancellationToken) =>
        Pages.SortAndTakeAsync(ListForClientAsync(clientId, cancellationToken).Where(s => status is null || s.Status == status), s => PageKeys.Of(s), page, cancellationToken);

    /// <summary>Every invoice (for reports, self-healing and simulation output).</summary>
    IAsyncEnumerable<InvoiceSummary> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>The invoice a national reference (digits) belongs to, or null.</summary>
    Task<InvoiceId?> FindByReferenceAsync(string reference, CancellationToken cancellationToken);

    /// <summary>
    /// The readable invoice number (<see cref="Domain.References.InvoiceNumbers"/>) of each of
    /// <paramref name="invoices"/>, in the same order: the number recorded for the invoice id, or a new
    /// one recorded now. Idempotent and safe under concurrency: an invoice id gets one number for good
    /// (every later call, a rerun after a crash, another import racing this one, all answer the same),
    /// and no two invoice ids ever get the same number. A crash part-way may leave numbers that nobody
    /// got (gaps); numbers are not reused. Called by the import before it builds a chunk's invoices.
    /// </summary>
    Task<IReadOnlyList<string>> AllocateInvoiceNumbersAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} allocates no invoice numbers.");

    /// <summary>
    /// The invoice whose readable number is <paramref name="invoiceNumber"/> (digits, as printed), or
    /// null when no created invoice has it (a malformed number, a number allocated to an invoice that
    /// was not created, an invoice issued before numbers existed). A lookup index, not a scan.
    /// </summary>
    Task<InvoiceId?> FindByInvoiceNumberAsync(string invoiceNumber, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} keeps no invoice-number index.");
}
