using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// The invoice store and outbox in Azure Table Storage (Azurite locally), as docs/storage.md
/// describes: each batch's invoices in one partition, where a commit is one entity-group transaction
/// (header under its ETag, new events, new notices); schedule, client, reference and batch indexes
/// and the outbox queue in their own tables, written before the transaction and cleaned after it so
/// that a crash between the two loses nothing. Passes the same contract tests as the in-memory store.
/// </summary>
public sealed class AzureTableStore : IInvoiceStore, IOutboxStore
{
    private readonly StoreTables tables;
    private readonly ScheduleIndex schedule;
    private readonly InvoiceReader reader;
    private readonly InvoiceCommitter committer;
    private readonly InvoiceCreator creator;
    private readonly OutboxWriter outbox;
    private readonly OutboxPending pending;
    private readonly OutboxClaims claims;
    private readonly OutboxInvoiceNotices invoiceNotices;
    private readonly InvoiceNumberRows numbers;

    /// <summary>The store's tables, before the prefix (docs/storage.md; infra/ creates them in Azure).</summary>
    public static IReadOnlyList<string> TableNames { get; } = StoreTables.Names;

    /// <summary>Creates the store; call <see cref="EnsureCreatedAsync"/> once before use.</summary>
    public AzureTableStore(AzureStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        tables = new StoreTables(options);
        var indexes = new LookupIndexes(tables);
        schedule = new ScheduleIndex(tables.Schedule, new ScheduleRemovals(tables.Schedule, options.ScheduleRemovalDelay, options.TimeProvider));
        reader = new InvoiceReader(tables, indexes);
        outbox = new OutboxWriter(tables.Outbox);
        var notices = new OutboxNoticeReader(tables);
        pending = new OutboxPending(tables, outbox, notices);
        claims = new OutboxClaims(tables.Outbox, outbox, notices);
        invoiceNotices = new OutboxInvoiceNotices(tables, outbox, notices);
        committer = new InvoiceCommitter(tables, schedule, outbox, reader, options.MaxParallelBatches);
        creator = new InvoiceCreator(tables, indexes, outbox, reader, options);
        numbers = new InvoiceNumberRows(tables, reader, options.MaxParallelBatches);
    }

    /// <summary>Creates the store's tables if they do not exist.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in tables.All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Task<StoredInvoice?> LoadAsync(InvoiceId id, CancellationToken cancellationToken) => reader.LoadAsync(id, mayBeStale: false, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>From the header this store last read or wrote for the invoice, when it keeps one that holds the whole history (<see cref="InvoiceReader.Recent"/>).</remarks>
    public Task<StoredInvoice?> LoadPossiblyStaleAsync(InvoiceId id, CancellationToken cancellationToken) => reader.LoadAsync(id, mayBeStale: true, cancellationToken);

    /// <inheritdoc/>
    public Task<string> CommitAsync(InvoiceChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return committer.CommitAsync(change, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task CompleteAuditAsync(InvoiceId id, IReadOnlyList<string> auditIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditIds);
        foreach (var auditId in auditIds)
        {
            await tables.Invoices.DeleteEntityAsync(StorageKeys.Partition(id), StorageKeys.PendingAuditRow(id, auditId), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<CreateOutcome>> CreateAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        return creator.CreateAsync(invoices, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<WakeUp> DueForWakeUpAsync(DateOnly through, CancellationToken cancellationToken) => schedule.DueAsync(through, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>
    /// An entry is removed only when provably stale: the invoice no longer wakes on that day and has
    /// been committed since the entry's writer read it. An entry of an invoice whose creation has not
    /// (yet) written its header stays, since that creation may still be under way.
    /// </remarks>
    public async Task ForgetWakeUpAsync(InvoiceId id, DateOnly day, CancellationToken cancellationToken)
    {
        if (await reader.HeaderAsync(id, ["Seq", "NextWakeUp"], cancellationToken).ConfigureAwait(false) is { } header)
        {
            await schedule.RemoveStaleAsync(id, day, InvoiceRows.Seq(header), InvoiceRows.WakeUp(header), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<InvoiceSummary> ListForClientAsync(string clientId, CancellationToken cancellationToken) => reader.ListForClientAsync(clientId, null, cancellationToken);

    /// <inheritdoc/>
    public Task<ListPage<InvoiceSummary>> ListPageForClientAsync(string clientId, string? status, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Pages.TakeAsync(reader.ListForClientAsync(clientId, page.After, cancellationToken).Where(s => status is null || s.Status == status), s => PageKeys.Of(s), page, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<InvoiceSummary> ListAllAsync(CancellationToken cancellationToken) => reader.ListAllAsync(cancellationToken);

    /// <inheritdoc/>
    public Task<InvoiceId?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) => reader.FindByReferenceAsync(reference, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Reads the claims, reserves a block of the sequence, writes the index rows, adds the claims (docs/storage.md, "Invoice numbers").</remarks>
    public Task<IReadOnlyList<string>> AllocateInvoiceNumbersAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        return numbers.AllocateAsync(invoices, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>One point read of the index row, one of the header (which must carry the number).</remarks>
    public Task<InvoiceId?> FindByInvoiceNumberAsync(string invoiceNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoiceNumber);
        return numbers.FindAsync(invoiceNumber, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>A notice naming an invoice also gets a pointer in that invoice's partition first, for <see cref="PendingForInvoiceAsync"/>.</remarks>
    public async Task AddAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await invoiceNotices.PointToAsync(notice, cancellationToken).ConfigureAwait(false);
        await outbox.AddStandaloneAsync(notice, at, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>Ordered by next attempt time, then notice id.</remarks>
    public IAsyncEnumerable<OutboxEntry> PendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) => pending.PendingAsync(now, max, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>One range read in the invoice's partition (its notice rows and the pointers among them) and a point read of each notice's outbox record; ordered by notice id.</remarks>
    public IAsyncEnumerable<OutboxEntry> PendingForInvoiceAsync(InvoiceId invoiceId, DateTimeOffset now, CancellationToken cancellationToken) =>
        invoiceNotices.PendingAsync(invoiceId, now, cancellationToken);

    /// <inheritdoc/>
    public Task<OutboxClaim?> ClaimAsync(string noticeId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noticeId);
        return claims.ClaimAsync(noticeId, now, lease, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>Reads the notice's outbox record, not the notice.</remarks>
    public Task<OutboxClaim?> ClaimAsync(Notice stored, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return claims.ClaimAsync(stored, now, lease, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>No request when this store wrote the notice's outbox record (it keeps the record as written); else a read of it.</remarks>
    public Task<OutboxClaim?> ClaimHeldAsync(Notice stored, NoticeHold hold, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(hold);
        return claims.ClaimHeldAsync(stored, hold, now, lease, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> MarkSentAsync(OutboxClaim claim, NoticeDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(delivery);
        return claims.MarkSentAsync(claim, delivery, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> MarkFailedAsync(OutboxClaim claim, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claims.MarkFailedAsync(claim, attempts, nextAttemptAt, error ?? string.Empty, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<NoticeDelivery?> DeliveryOfAsync(string noticeId, CancellationToken cancellationToken) =>
        await outbox.RecordAsync(noticeId, cancellationToken).ConfigureAwait(false) is { } record ? OutboxRows.Delivery(record) : null;
}
