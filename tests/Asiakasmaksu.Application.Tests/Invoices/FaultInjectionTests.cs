using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Tests.Import;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using Xunit.Abstractions;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Invoices;

/// <summary>
/// Issue 17, proof: a staff change and an invoice's advance, with the store or the audit log failing
/// at the k-th call, for every k of a clean run, then a rerun (the caller's retry, the invoice's
/// next wake-up). Whatever the crash point, the invoice holds each event once, the audit log one
/// record of the applied change, and the outbox one notice of each. The invoice of 2.3.2026 (seed
/// 000): due 19.3.2026, reminder on Tuesday 7.4.2026.
/// </summary>
public class FaultInjectionTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Morning = BusinessTime.At(new DateOnly(2026, 3, 10), new TimeOnly(9, 0));

    private static readonly Stamp Team = new(new Actor("team-anna", StaffRole.Team), Morning, "long hospital stay");

    private static readonly DateOnly NewDueDate = new(2026, 4, 20);

    [Fact]
    public async Task GivenADeferral_WhenEachCallFailsInTurnThenTheCallerRetries_ThenOneDeferralOneAuditRecordAndOneConfirmation()
    {
        var calls = await CleanCallsAsync((store, audit) => Staff(store, audit).DeferAsync(Id, NewDueDate, Team, CancellationToken.None));
        for (var k = 1; k <= calls; k++)
        {
            var (store, audit) = await ImportedAsync();
            var faults = new Faults(k);
            await Assert.ThrowsAsync<IOException>(() => Staff(new FaultyStore(store, faults), new FaultyAudit(audit, faults)).DeferAsync(Id, NewDueDate, Team, CancellationToken.None));

            // The caller retries; later the invoice's orchestration wakes it.
            await Staff(store, audit).DeferAsync(Id, NewDueDate, Team, CancellationToken.None);
            await Workflow(store, audit).ExecuteAsync(Id, new InvoiceCommand.Advance(new DateOnly(2026, 3, 11)), ConflictPolicy.Retry, CancellationToken.None);

            var stored = (await store.LoadAsync(Id, CancellationToken.None))!;
            Assert.Equal(NewDueDate, stored.State.Stage.DueDate);
            Assert.Single(stored.History, e => e.Event is InvoiceEvent.DueDateDeferred);
            Assert.Empty(stored.PendingAudit);
            Assert.Single(await RecordsAsync(audit), r => r.Action == "deferral" && r.Outcome == "applied");
            Assert.Single(await NoticesAsync(store), n => n.Kind == NoticeKind.DeferralConfirmation);
        }

        output.WriteLine($"deferral: {calls} crash points tried; 0 changes, audit records or notices lost or doubled");
    }

    [Fact]
    public async Task GivenTheReminderDay_WhenEachCallFailsInTurnThenTheInvoiceWakesAgain_ThenOneOverdueOneReminderAndOneReminderNotice()
    {
        var reminderDay = new DateOnly(2026, 4, 7);
        var calls = await CleanCallsAsync((store, audit) => Workflow(store, audit).ExecuteAsync(Id, new InvoiceCommand.Advance(reminderDay), ConflictPolicy.Retry, CancellationToken.None));
        for (var k = 1; k <= calls; k++)
        {
            var (store, audit) = await ImportedAsync();
            var faults = new Faults(k);
            await Assert.ThrowsAsync<IOException>(() => Workflow(new FaultyStore(store, faults), new FaultyAudit(audit, faults)).ExecuteAsync(Id, new InvoiceCommand.Advance(reminderDay), ConflictPolicy.Retry, CancellationToken.None));

            await Workflow(store, audit).ExecuteAsync(Id, new InvoiceCommand.Advance(reminderDay), ConflictPolicy.Retry, CancellationToken.None);

            var stored = (await store.LoadAsync(Id, CancellationToken.None))!;
            Assert.Single(stored.History, e => e.Event is InvoiceEvent.BecameOverdue);
            Assert.Single(stored.History, e => e.Event is InvoiceEvent.ReminderSent);
            Assert.Single(await NoticesAsync(store), n => n.Kind == NoticeKind.Reminder);
        }

        output.WriteLine($"advance to the reminder: {calls} crash points tried; 0 events or notices lost or doubled");
    }

    private static InvoiceId Id => InvoiceIdentity.For("B1", "A");

    /// <summary>How many store and audit calls a clean run of <paramref name="run"/> makes (every one is a crash point).</summary>
    private static async Task<int> CleanCallsAsync(Func<IInvoiceStore, IAuditLog, Task> run)
    {
        var (store, audit) = await ImportedAsync();
        var counter = new Faults(int.MaxValue);
        await run(new FaultyStore(store, counter), new FaultyAudit(audit, counter));
        Assert.True(counter.Calls >= 3, $"only {counter.Calls} calls");
        return counter.Calls;
    }

    private static async Task<(InMemoryStore Store, InMemoryAuditLog Audit)> ImportedAsync()
    {
        var store = NewStore();
        var (report, _) = await RunAsync(NewImport(store), Csv(Line("L1", "A", 60m, ("ceiling", "0"))));
        Assert.Equal(1, report.InvoicesCreated);
        return (store, new InMemoryAuditLog());
    }

    private static InvoiceWorkflow Workflow(IInvoiceStore store, IAuditLog audit) =>
        new(store, Rules, new ManualClock(Morning), new InMemoryCeilingStore(), OutboxOf(store is FaultyStore f ? f.Inner : store), audit);

    private static StaffActions Staff(IInvoiceStore store, IAuditLog audit) => new(Workflow(store, audit), audit);

    private static async Task<List<AuditRecord>> RecordsAsync(IAuditLog audit)
    {
        var all = new List<AuditRecord>();
        await foreach (var record in audit.QueryAsync(new AuditQuery(null, null, null, null), CancellationToken.None))
        {
            all.Add(record);
        }

        return all;
    }

    private static async Task<List<Notice>> NoticesAsync(InMemoryStore store)
    {
        var all = new List<Notice>();
        await foreach (var entry in store.PendingAsync(DateTimeOffset.MaxValue.AddYears(-1), 1000, CancellationToken.None))
        {
            all.Add(entry.Notice);
        }

        return all;
    }

    /// <summary>Counts calls and fails the <c>failAt</c>-th as a process dying there would.</summary>
    private sealed class Faults(int failAt)
    {
        public int Calls { get; private set; }

        public void Tick()
        {
            if (++Calls == failAt)
            {
                throw new IOException($"the process died at call {failAt}");
            }
        }
    }

    private sealed class FaultyStore(IInvoiceStore inner, Faults faults) : DelegatingInvoiceStore(inner)
    {
        public override Task<IReadOnlyList<CreateOutcome>> CreateAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken)
        {
            faults.Tick();
            return Inner.CreateAsync(invoices, cancellationToken);
        }

        public override Task<StoredInvoice?> LoadAsync(InvoiceId id, CancellationToken cancellationToken)
        {
            faults.Tick();
            return base.LoadAsync(id, cancellationToken);
        }

        public override async Task<string> CommitAsync(InvoiceChange change, CancellationToken cancellationToken)
        {
            faults.Tick();
            var token = await base.CommitAsync(change, cancellationToken);
            faults.Tick(); // committed, but the answer is lost
            return token;
        }

        public override Task CompleteAuditAsync(InvoiceId id, IReadOnlyList<string> auditIds, CancellationToken cancellationToken)
        {
            faults.Tick();
            return base.CompleteAuditAsync(id, auditIds, cancellationToken);
        }
    }

    private sealed class FaultyAudit(IAuditLog inner, Faults faults) : IAuditLog
    {
        public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
        {
            faults.Tick();
            return inner.AppendAsync(record, cancellationToken);
        }

        public IAsyncEnumerable<AuditRecord> QueryAsync(AuditQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);
    }
}
