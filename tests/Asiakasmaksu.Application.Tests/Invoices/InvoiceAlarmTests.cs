using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Tests.Outbox;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Rendering;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Invoices;

/// <summary>
/// An invoice's wake-up delivers its notices: a timer's wake-up those it committed, holding them (no
/// read of the invoice's notices back); the first wake-up, and one retried after a crash past its
/// commit, whatever the invoice has pending. Each notice once.
/// </summary>
public class InvoiceAlarmTests
{
    /// <summary>Tuesday 7.4.2026, the reminder day of an invoice of 2.3.2026 (due 19.3; seed 000's rule), at its steps' hour.</summary>
    private static readonly DateTimeOffset ReminderDay = BusinessTime.StepsStartOf(new DateOnly(2026, 4, 7));

    private readonly InMemoryStore store = NewStore();
    private readonly MemoryArchive archive = new();
    private readonly ManualClock clock = new(Now);

    [Fact]
    public async Task GivenATimerWakeUpThatCommitsTheReminder_ThenItDeliversItOnceUnderTheClaimItsCommitStoredWithoutReadingTheInvoicesNoticesBack()
    {
        var (outbox, alarm, _, id) = await FirstWokenAsync();
        clock.Set(ReminderDay);

        var step = await alarm.WakeAsync(new InvoiceWake(id.Value, ReminderDay), CancellationToken.None);
        var (pendingReads, claimsOfHeld, claimsOfStored) = (outbox.PendingReads, outbox.ClaimsOfHeld, outbox.ClaimsOfStored);
        var again = await alarm.WakeAsync(new InvoiceWake(id.Value, ReminderDay), CancellationToken.None);

        Assert.Equal((1, 1), (step.Notices, step.Delivered));
        Assert.Equal((0, 1, 0), (pendingReads, claimsOfHeld, claimsOfStored));
        Assert.Equal((0, 0), (again.Notices, again.Delivered)); // committed nothing: read what is pending, found it delivered
        Assert.Equal(2, archive.Stored.Count); // the invoice and the reminder, each once
        Assert.Equal("reminder", (await store.LoadAsync(id, CancellationToken.None))!.State.Stage.Name);
    }

    [Fact]
    public async Task GivenATimerWakeUpThatCrashedAfterItsCommit_WhenRetried_ThenTheReminderItHeldWaitsForTheHoldToRunOutAndIsThenDeliveredOnce()
    {
        var (outbox, alarm, dispatcher, id) = await FirstWokenAsync();
        clock.Set(ReminderDay);
        var hold = NoticeHold.Take(clock);
        var crashed = await Advance().RunAsync(id, BusinessTime.StepDayOf(ReminderDay), hold, CancellationToken.None); // committed holding its reminder, then the process died

        var retry = await alarm.WakeAsync(new InvoiceWake(id.Value, ReminderDay), CancellationToken.None);
        clock.Set(hold.Until.AddTicks(-1));
        var sweptWhileHeld = await dispatcher.DispatchAsync(CancellationToken.None);
        clock.Set(hold.Until);
        var swept = await dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(1, crashed.Notices);
        Assert.Equal((0, 0), (retry.Notices, retry.Delivered)); // held by the wake-up that died
        Assert.Equal(1, outbox.PendingReads);
        Assert.Empty(sweptWhileHeld);
        Assert.Equal(crashed.Committed[0].Id, Assert.Single(swept).Notice.Id);
        Assert.Equal(2, archive.Stored.Count); // the invoice and the reminder, each once
    }

    [Fact]
    public async Task GivenAReminderCommittedWithoutAHold_WhenATimerWakeUpCommitsNothing_ThenItDeliversWhatTheInvoiceHasPending()
    {
        var (outbox, alarm, _, id) = await FirstWokenAsync();
        clock.Set(ReminderDay);
        var committed = await Advance().RunAsync(id, BusinessTime.StepDayOf(ReminderDay), CancellationToken.None); // as by a process that died before delivering

        var retry = await alarm.WakeAsync(new InvoiceWake(id.Value, ReminderDay), CancellationToken.None);

        Assert.Equal(1, committed.Notices);
        Assert.Equal((0, 1), (retry.Notices, retry.Delivered));
        Assert.Equal(1, outbox.PendingReads);
        Assert.Equal(2, archive.Stored.Count);
    }

    /// <summary>One invoice of 2.3.2026 imported and woken the first time (its invoice delivered, read back as pending); the counters then start at zero.</summary>
    private async Task<(CountingOutbox Outbox, InvoiceAlarm Alarm, OutboxDispatcher Dispatcher, InvoiceId Id)> FirstWokenAsync()
    {
        var (report, rejections) = await RunAsync(NewImport(store, now: Now), Csv(Line("L1", "A", 40m, ("invoice_date", "2026-03-02"))));
        Assert.Equal((1, 0), (report.InvoicesCreated, rejections.Count));
        var id = InvoiceIdentity.For("B1", "A");
        var outbox = new CountingOutbox(store);
        var dispatcher = new OutboxDispatcher(outbox, new NoticeRenderer(IssuerProfile.Example), IssuerProfile.Example, new RecordingEmailSender(), archive, clock, new DispatchOptions(LetterFormat: LetterFormat.Html));
        var alarm = new InvoiceAlarm(Advance(), dispatcher, new SystemBusinessClock(clock), new NoDueWorkLedger());

        var first = await alarm.WakeAsync(new InvoiceWake(id.Value), CancellationToken.None);

        Assert.Equal(1, first.Delivered);
        Assert.Equal(1, outbox.PendingReads);
        outbox.Reset();
        return (outbox, alarm, dispatcher, id);
    }

    private AdvanceInvoice Advance() => new(new InvoiceWorkflow(store, Rules, clock, CeilingsOf(store), store));

    /// <summary>The in-memory outbox, counting reads of an invoice's pending notices and claims of notices the caller held.</summary>
    private sealed class CountingOutbox(InMemoryStore inner) : IOutboxStore
    {
        private int pendingReads;
        private int claimsOfStored;
        private int claimsOfHeld;

        public int PendingReads => pendingReads;

        /// <summary>Claims of notices the caller held as stored (read back, or committed without a hold).</summary>
        public int ClaimsOfStored => claimsOfStored;

        /// <summary>Claims of notices the caller's commit stored claimed for it (<see cref="NoticeHold"/>).</summary>
        public int ClaimsOfHeld => claimsOfHeld;

        public void Reset() => (pendingReads, claimsOfStored, claimsOfHeld) = (0, 0, 0);

        public Task AddAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken) => inner.AddAsync(notice, at, cancellationToken);

        public IAsyncEnumerable<OutboxEntry> PendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) => inner.PendingAsync(now, max, cancellationToken);

        public IAsyncEnumerable<OutboxEntry> PendingForInvoiceAsync(InvoiceId invoiceId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref pendingReads);
            return inner.PendingForInvoiceAsync(invoiceId, now, cancellationToken);
        }

        public Task<OutboxClaim?> ClaimAsync(string noticeId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) => inner.ClaimAsync(noticeId, now, lease, cancellationToken);

        public Task<OutboxClaim?> ClaimAsync(Notice stored, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref claimsOfStored);
            return inner.ClaimAsync(stored.Id, now, lease, cancellationToken);
        }

        public Task<OutboxClaim?> ClaimHeldAsync(Notice stored, NoticeHold hold, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref claimsOfHeld);
            return inner.ClaimHeldAsync(stored, hold, now, lease, cancellationToken);
        }

        public Task<bool> MarkSentAsync(OutboxClaim claim, NoticeDelivery delivery, CancellationToken cancellationToken) => inner.MarkSentAsync(claim, delivery, cancellationToken);

        public Task<bool> MarkFailedAsync(OutboxClaim claim, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
            inner.MarkFailedAsync(claim, attempts, nextAttemptAt, error, cancellationToken);

        public Task<NoticeDelivery?> DeliveryOfAsync(string noticeId, CancellationToken cancellationToken) => inner.DeliveryOfAsync(noticeId, cancellationToken);
    }
}
