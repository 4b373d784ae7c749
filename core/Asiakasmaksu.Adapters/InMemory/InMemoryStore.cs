using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>
/// The store in memory, for simulations and fast tests. It keeps the same contract as the Azure
/// Table store (the shared contract tests run against both): atomic commits with optimistic
/// concurrency, idempotent creation, the schedule, client and reference indexes, and the outbox
/// (<see cref="InMemoryOutbox"/>).
/// </summary>
public sealed class InMemoryStore : IInvoiceStore, IOutboxStore
{
    private readonly ConcurrentDictionary<InvoiceId, Entry> invoices = new();
    private readonly ConcurrentDictionary<(string Batch, string Line), (string Hash, InvoiceId Invoice)> lines = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<InvoiceId, byte>> byClient = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, InvoiceId> byReference = new(StringComparer.Ordinal);
    private readonly SortedDictionary<DateOnly, HashSet<InvoiceId>> schedule = [];
    private readonly InMemoryOutbox outbox = new();
    private readonly InMemoryInvoiceNumbers numbers = new();

    /// <inheritdoc/>
    public Task<StoredInvoice?> LoadAsync(InvoiceId id, CancellationToken cancellationToken)
    {
        if (!invoices.TryGetValue(id, out var entry))
        {
            return Task.FromResult<StoredInvoice?>(null);
        }

        lock (entry)
        {
            return Task.FromResult<StoredInvoice?>(new StoredInvoice(entry.State, [.. entry.History], Token(entry), entry.NextWakeUp) { PendingAudit = [.. entry.PendingAudit] });
        }
    }

    /// <inheritdoc/>
    public Task CompleteAuditAsync(InvoiceId id, IReadOnlyList<string> auditIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditIds);
        if (invoices.TryGetValue(id, out var entry))
        {
            lock (entry)
            {
                entry.PendingAudit.RemoveAll(r => auditIds.Contains(r.Id));
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<string> CommitAsync(InvoiceChange change, CancellationToken cancellationToken)
    {
        if (!invoices.TryGetValue(change.Id, out var entry))
        {
            throw new ConcurrencyConflictException($"Invoice {change.Id} does not exist.");
        }

        DateOnly? previous;
        string token;
        lock (entry)
        {
            if (Token(entry) != change.ConcurrencyToken)
            {
                throw new ConcurrencyConflictException($"Invoice {change.Id} changed since it was loaded.");
            }

            var number = entry.History.Count;
            foreach (var e in change.Events)
            {
                entry.History.Add(new StoredEvent(++number, change.RecordedAt, e));
            }

            previous = entry.NextWakeUp;
            entry.PendingAudit.AddRange(change.Audit);
            entry.State = change.After;
            entry.NextWakeUp = change.NextWakeUp;
            entry.Changes++;
            token = Token(entry);
        }

        Reschedule(change.Id, previous, change.NextWakeUp);
        foreach (var notice in change.Notices)
        {
            outbox.Add(notice, change.RecordedAt, change.Hold);
        }

        return Task.FromResult(token);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<CreateOutcome>> CreateAsync(IReadOnlyList<NewInvoice> newInvoices, CancellationToken cancellationToken)
    {
        var outcomes = new List<CreateOutcome>(newInvoices.Count);
        foreach (var invoice in newInvoices)
        {
            outcomes.Add(Create(invoice));
        }

        return Task.FromResult<IReadOnlyList<CreateOutcome>>(outcomes);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<WakeUp> DueForWakeUpAsync(DateOnly through, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<WakeUp> due;
        lock (schedule)
        {
            due = [.. schedule.TakeWhile(p => p.Key <= through).SelectMany(p => p.Value.Select(id => new WakeUp(id, p.Key)))];
        }

        foreach (var wake in due.OrderBy(w => w.Day).ThenBy(w => w.Id.Value, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return wake;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task ForgetWakeUpAsync(InvoiceId id, DateOnly day, CancellationToken cancellationToken)
    {
        if (invoices.TryGetValue(id, out var entry) && entry.NextWakeUp == day)
        {
            return Task.CompletedTask;
        }

        Unschedule(id, day);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<InvoiceSummary> ListForClientAsync(string clientId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (byClient.TryGetValue(clientId, out var ids))
        {
            foreach (var id in ids.Keys.OrderBy(i => i.Value, StringComparer.Ordinal))
            {
                yield return Summary(invoices[id]);
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<InvoiceSummary> ListAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var id in invoices.Keys.OrderBy(i => i.Value, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Summary(invoices[id]);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<InvoiceId?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult<InvoiceId?>(byReference.TryGetValue(reference, out var id) ? id : null);

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> AllocateInvoiceNumbersAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        return Task.FromResult(numbers.Allocate(invoices));
    }

    /// <inheritdoc/>
    public Task<InvoiceId?> FindByInvoiceNumberAsync(string invoiceNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoiceNumber);
        var id = numbers.InvoiceOf(invoiceNumber.Trim());
        return Task.FromResult(id is { } found && invoices.TryGetValue(found, out var entry) && entry.State.Facts.InvoiceNumber == invoiceNumber.Trim() ? id : null);
    }

    /// <inheritdoc/>
    public Task AddAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken)
    {
        outbox.Add(notice, at);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<OutboxEntry> PendingAsync(DateTimeOffset now, int max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in outbox.Due(now, max))
        {
            yield return entry;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<OutboxEntry> PendingForInvoiceAsync(InvoiceId invoiceId, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in outbox.DueFor(invoiceId, now))
        {
            yield return entry;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<OutboxClaim?> ClaimAsync(string noticeId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        Task.FromResult(outbox.Claim(noticeId, now, lease));

    /// <inheritdoc/>
    public Task<OutboxClaim?> ClaimHeldAsync(Notice stored, NoticeHold hold, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(hold);
        return Task.FromResult(outbox.ClaimHeld(stored.Id, hold, now, lease));
    }

    /// <inheritdoc/>
    public Task<bool> MarkSentAsync(OutboxClaim claim, NoticeDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(delivery);
        return Task.FromResult(outbox.MarkSent(claim, delivery));
    }

    /// <inheritdoc/>
    public Task<bool> MarkFailedAsync(OutboxClaim claim, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Task.FromResult(outbox.MarkFailed(claim, attempts, nextAttemptAt, error));
    }

    /// <inheritdoc/>
    public Task<NoticeDelivery?> DeliveryOfAsync(string noticeId, CancellationToken cancellationToken) =>
        Task.FromResult(outbox.DeliveryOf(noticeId));

    private static string Token(Entry entry) => $"{entry.History.Count}.{entry.Changes}";

    private static InvoiceSummary Summary(Entry entry)
    {
        lock (entry)
        {
            return InvoiceSummary.Of(entry.State, entry.NextWakeUp);
        }
    }

    private CreateOutcome Create(NewInvoice invoice)
    {
        var batch = invoice.State.Facts.BatchId;
        lock (lines)
        {
            if (invoices.TryGetValue(invoice.Id, out var existing))
            {
                return existing.ImportId == invoice.ImportId
                    ? new CreateOutcome.CreatedEarlier(invoice.Id) { HeldLineIds = existing.LineIds }
                    : new CreateOutcome.AlreadyExists(invoice.Id, existing.LineIds);
            }

            var conflicts = invoice.Lines
                .Where(l => lines.TryGetValue((batch, l.LineId), out var known) && (known.Hash != l.ContentHash || known.Invoice != invoice.Id))
                .Select(l => l.LineId)
                .ToHashSet(StringComparer.Ordinal);
            if (conflicts.Count > 0)
            {
                return new CreateOutcome.LineConflicts(invoice.Id, conflicts);
            }

            foreach (var line in invoice.Lines)
            {
                lines[(batch, line.LineId)] = (line.ContentHash, invoice.Id);
            }

            var history = invoice.Events.Select((e, i) => new StoredEvent(i + 1, invoice.RecordedAt, e)).ToList();
            invoices[invoice.Id] = new Entry(invoice.State, history, invoice.NextWakeUp, invoice.ImportId, invoice.Lines.Select(l => l.LineId).ToHashSet(StringComparer.Ordinal));
        }

        byClient.GetOrAdd(invoice.State.Facts.ClientId, _ => new()).TryAdd(invoice.Id, 0);
        byReference[invoice.State.Facts.Reference] = invoice.Id;
        Reschedule(invoice.Id, null, invoice.NextWakeUp);
        foreach (var notice in invoice.Notices)
        {
            outbox.Add(notice, invoice.RecordedAt);
        }

        return new CreateOutcome.Created(invoice.Id);
    }

    private void Reschedule(InvoiceId id, DateOnly? previous, DateOnly? next)
    {
        lock (schedule)
        {
            if (previous is { } p && p != next)
            {
                Unschedule(id, p);
            }

            if (next is { } n)
            {
                if (!schedule.TryGetValue(n, out var set))
                {
                    schedule[n] = set = [];
                }

                set.Add(id);
            }
        }
    }

    private void Unschedule(InvoiceId id, DateOnly day)
    {
        lock (schedule)
        {
            if (schedule.TryGetValue(day, out var set) && set.Remove(id) && set.Count == 0)
            {
                schedule.Remove(day);
            }
        }
    }

    private sealed class Entry(IssuedInvoice state, List<StoredEvent> history, DateOnly? nextWakeUp, string importId, IReadOnlySet<string> lineIds)
    {
        public IssuedInvoice State { get; set; } = state;

        public List<StoredEvent> History { get; } = history;

        public DateOnly? NextWakeUp { get; set; } = nextWakeUp;

        public int Changes { get; set; }

        public List<AuditRecord> PendingAudit { get; } = [];

        public string ImportId { get; } = importId;

        public IReadOnlySet<string> LineIds { get; } = lineIds;
    }
}
