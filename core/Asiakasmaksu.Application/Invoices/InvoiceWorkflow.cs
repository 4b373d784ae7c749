using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Invoices;

/// <summary>
/// The one path by which any command reaches an invoice: load, decide, evolve, compose notices,
/// commit with optimistic concurrency. Used by the scheduler, the Durable activity, the staff API,
/// the bank-file import and the simulator alike. An invoice found cancelled after a cancellation or
/// a rectification decision has its ceiling lines cancelled in their annual ceiling accounts
/// (<see cref="InvoiceCeilingCancellation"/>), and one rectified to a lower amount has them
/// corrected (<see cref="InvoiceCeilingCorrection"/>), after the invoice's own commit. A staff
/// change's audit record is committed with the change (<see cref="InvoiceChange.Audit"/>); one left
/// pending by a crash before it reached the audit log is appended by the next run on the invoice
/// (its next wake-up or change), once: the audit log keeps the first of a record id. A command that
/// retries conflicts and checks no version of its caller's is first decided on the copy the store
/// may keep of the invoice (<see cref="IInvoiceStore.LoadPossiblyStaleAsync"/>: a wake-up reads nothing
/// when this process wrote the invoice last). Only a commit proves such a copy current: a stale one
/// costs a conflict and a fresh read, and a decision on it that commits nothing is taken again on a fresh read.
/// </summary>
public sealed class InvoiceWorkflow(IInvoiceStore store, InvoiceRules rules, TimeProvider clock, ICeilingStore ceilings, IOutboxStore outbox, IAuditLog? audit = null)
{
    private const int MaxAttempts = 5;

    private readonly CeilingAccounts ceilingAccounts = new(ceilings, rules.Tariffs);

    private readonly CeilingNoticeWriter ceilingNotices = new(outbox, rules.Tariffs);

    private InvoiceCeilingCancellation CeilingCancellation => new(ceilingAccounts, ceilingNotices);

    private InvoiceCeilingCorrection CeilingCorrection => new(ceilingAccounts, ceilingNotices);

    /// <summary>The rules applied.</summary>
    public InvoiceRules Rules => rules;

    /// <summary>Decides <paramref name="command"/> on invoice <paramref name="id"/> and stores the outcome.</summary>
    public Task<CommandOutcome> ExecuteAsync(InvoiceId id, InvoiceCommand command, ConflictPolicy onConflict, CancellationToken cancellationToken) =>
        ExecuteAsync(id, command, onConflict, null, cancellationToken);

    /// <summary>
    /// Decides <paramref name="command"/> on invoice <paramref name="id"/> and stores the outcome;
    /// when <paramref name="expectedVersion"/> is given (a client's If-Match), an invoice at another
    /// version is a <see cref="CommandOutcome.Conflict"/>. The check holds until the commit, which
    /// is made against the concurrency token of the state checked.
    /// </summary>
    public Task<CommandOutcome> ExecuteAsync(InvoiceId id, InvoiceCommand command, ConflictPolicy onConflict, int? expectedVersion, CancellationToken cancellationToken) =>
        ExecuteAsync(id, command, onConflict, expectedVersion, null, cancellationToken);

    /// <summary>
    /// As above; when the command is applied, <paramref name="auditOfChange"/> (given the states before
    /// and after) makes the audit record committed with the change, as one unit. The caller appends
    /// that record to the audit log afterwards and calls <see cref="AuditedAsync"/>.
    /// </summary>
    public Task<CommandOutcome> ExecuteAsync(InvoiceId id, InvoiceCommand command, ConflictPolicy onConflict, int? expectedVersion, Func<IssuedInvoice, IssuedInvoice, AuditRecord>? auditOfChange, CancellationToken cancellationToken) =>
        RunAsync(id, command, onConflict, expectedVersion, auditOfChange, null, cancellationToken);

    /// <summary>
    /// Decides <paramref name="command"/> on invoice <paramref name="id"/>, conflicts retried, and stores
    /// the outcome; when <paramref name="hold"/> is given, with its notices claimed under it
    /// (<see cref="InvoiceChange.Hold"/>): the caller delivers them next.
    /// </summary>
    public Task<CommandOutcome> ExecuteAsync(InvoiceId id, InvoiceCommand command, NoticeHold? hold, CancellationToken cancellationToken) =>
        RunAsync(id, command, ConflictPolicy.Retry, null, null, hold, cancellationToken);

    private async Task<CommandOutcome> RunAsync(InvoiceId id, InvoiceCommand command, ConflictPolicy onConflict, int? expectedVersion, Func<IssuedInvoice, IssuedInvoice, AuditRecord>? auditOfChange, NoticeHold? hold, CancellationToken cancellationToken)
    {
        var outcome = await DecideAndCommitAsync(id, command, onConflict, expectedVersion, auditOfChange, hold, cancellationToken).ConfigureAwait(false);
        var cancelled = outcome switch
        {
            CommandOutcome.Applied { After: ClosedInvoice { Closure: Closure.Cancelled } after } => after,
            CommandOutcome.Unchanged { State: ClosedInvoice { Closure: Closure.Cancelled } state } => state,
            _ => null,
        };
        if (command is InvoiceCommand.Cancel or InvoiceCommand.DecideRectificationClaim && cancelled is not null)
        {
            await CeilingCancellation.CancelAsync(cancelled.Facts, command.On, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        else if (command is InvoiceCommand.DecideRectificationClaim && outcome switch { CommandOutcome.Applied a => a.After, CommandOutcome.Unchanged u => u.State, _ => null } is { } rectified)
        {
            await CeilingCorrection.CorrectAsync(rectified.Facts, command.On, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>The audit records committed with a change of <paramref name="id"/> are in the audit log: the invoice forgets them.</summary>
    public Task AuditedAsync(InvoiceId id, IReadOnlyList<string> auditIds, CancellationToken cancellationToken) =>
        store.CompleteAuditAsync(id, auditIds, cancellationToken);

    private async Task<CommandOutcome> DecideAndCommitAsync(InvoiceId id, InvoiceCommand command, ConflictPolicy onConflict, int? expectedVersion, Func<IssuedInvoice, IssuedInvoice, AuditRecord>? auditOfChange, NoticeHold? hold, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var mayBeStale = attempt == 1 && onConflict == ConflictPolicy.Retry && expectedVersion is null;
            var stored = mayBeStale
                ? await store.LoadPossiblyStaleAsync(id, cancellationToken).ConfigureAwait(false)
                : await store.LoadAsync(id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return new CommandOutcome.NotFound(id);
            }

            if (stored.PendingAudit.Count > 0 && audit is not null)
            {
                await AppendPendingAuditAsync(id, stored.PendingAudit, cancellationToken).ConfigureAwait(false);
            }

            if (expectedVersion is { } expected && stored.State.Version != expected)
            {
                return new CommandOutcome.Conflict(stored.State);
            }

            var decision = InvoiceDecider.Decide(stored.State, command, rules);
            if (stored.MayBeStale && (decision is Decision.Refused || decision is Decision.Accepted { Events.Count: 0 }))
            {
                continue; // no commit would prove the kept copy current: decide again on what the store holds
            }

            if (decision is Decision.Refused refused)
            {
                return new CommandOutcome.Refused(stored.State, refused.Kind, refused.Reason);
            }

            var events = ((Decision.Accepted)decision).Events;
            var (afterState, notices) = NoticeComposer.Apply(stored.State, events);
            var after = (IssuedInvoice)afterState;
            var notBefore = command is InvoiceCommand.Advance ? command.On.AddDays(1) : command.On;
            var next = CollectionSchedule.NextWakeUp(after, notBefore, rules);
            if (events.Count == 0 && next == stored.NextWakeUp)
            {
                return new CommandOutcome.Unchanged(stored.State, stored.NextWakeUp);
            }

            try
            {
                var change = new InvoiceChange(stored.State, stored.ConcurrencyToken, events, after, notices, next, clock.GetUtcNow())
                {
                    Audit = auditOfChange is not null && events.Count > 0 ? [auditOfChange(stored.State, after)] : [],
                    Hold = hold,
                };
                await store.CommitAsync(change, cancellationToken).ConfigureAwait(false);
                return events.Count == 0
                    ? new CommandOutcome.Unchanged(after, next)
                    : new CommandOutcome.Applied(stored.State, after, events, notices, next);
            }
            catch (ConcurrencyConflictException) when (onConflict == ConflictPolicy.Retry && attempt < MaxAttempts)
            {
            }
            catch (ConcurrencyConflictException)
            {
                var current = await store.LoadAsync(id, cancellationToken).ConfigureAwait(false);
                return new CommandOutcome.Conflict(current?.State ?? stored.State);
            }
        }
    }

    /// <summary>Appends audit records a crash left pending with the invoice, then lets the invoice forget them.</summary>
    private async Task AppendPendingAuditAsync(InvoiceId id, IReadOnlyList<AuditRecord> pending, CancellationToken cancellationToken)
    {
        foreach (var record in pending)
        {
            await audit!.AppendAsync(record, cancellationToken).ConfigureAwait(false);
        }

        await store.CompleteAuditAsync(id, [.. pending.Select(r => r.Id)], cancellationToken).ConfigureAwait(false);
    }
}
