using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>Notices a commit stores claimed for its committer (<see cref="NoticeHold"/>): held until the hold runs out, then claimable as after any claim.</summary>
public abstract partial class OutboxStoreContract
{
    /// <summary>Tuesday 7.4.2026 at its steps' hour: the reminder day of the test invoice (due 19.3).</summary>
    private static readonly DateTimeOffset ReminderAt = BusinessTime.StepsStartOf(new DateOnly(2026, 4, 7));

    /// <summary>A fresh store holding the test invoice with its reminder committed at <paramref name="at"/> under a hold of the lease's length.</summary>
    private async Task<(IOutboxStore Outbox, InvoiceChange Change, NoticeHold Hold)> HeldReminderAsync(string name, DateTimeOffset at)
    {
        var (store, outbox) = await NewStoreAsync(name);
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var hold = new NoticeHold("hold-" + name, at.Add(Lease));
        var change = TestInvoices.Advance((await store.LoadAsync(invoice.Id, None))!, new DateOnly(2026, 4, 7)) with { RecordedAt = at, Hold = hold };
        Assert.Single(change.Notices);
        await store.CommitAsync(change, None);
        return (outbox, change, hold);
    }

    [Fact]
    public async Task GivenARemindersCommitHoldingIt_ThenNoOneElseSeesOrClaimsItAndTheCommitterTakesAndMarksTheHeldClaim()
    {
        var (outbox, change, hold) = await HeldReminderAsync("held", ReminderAt);
        var reminder = change.Notices[0];
        var now = ReminderAt.AddMinutes(1);

        var pending = await outbox.PendingAsync(now, 10, None).ToListAsync();
        var own = await outbox.PendingForInvoiceAsync(change.Id, now, None).ToListAsync();
        var other = await outbox.ClaimAsync(reminder.Id, now, Lease, None);
        var held = await outbox.ClaimHeldAsync(reminder, hold, now, Lease, None);
        var delivery = new NoticeDelivery("letter", now, "letters/reminder.pdf");

        Assert.DoesNotContain(reminder.Id, pending.Select(e => e.Notice.Id));
        Assert.DoesNotContain(reminder.Id, own.Select(e => e.Notice.Id));
        Assert.Null(other);
        Assert.NotNull(held);
        Assert.Equal((reminder, hold.Token, hold.Until, false), (held.Entry.Notice, held.Token, held.Until, held.Reclaimed));
        Assert.True(await outbox.MarkSentAsync(held, delivery, None));
        Assert.Equal(delivery, await outbox.DeliveryOfAsync(reminder.Id, None));
        Assert.DoesNotContain(reminder.Id, (await outbox.PendingAsync(hold.Until.AddDays(1), 10, None).ToListAsync()).Select(e => e.Notice.Id));
    }

    [Fact]
    public async Task GivenAHoldThatRanOut_WhenAnotherClaimsTheNoticeFirst_ThenTheLateCommitterNeitherTakesNorMarksIt()
    {
        var (outbox, change, hold) = await HeldReminderAsync("heldlost", ReminderAt);
        var reminder = change.Notices[0];

        var sweeper = await outbox.ClaimAsync(reminder.Id, hold.Until, Lease, None);
        var late = await outbox.ClaimHeldAsync(reminder, hold, hold.Until.AddMinutes(1), Lease, None);
        var asHeld = new OutboxClaim(sweeper!.Entry, hold.Token, hold.Until, false);

        Assert.True(sweeper.Reclaimed); // the committer may have sent it before it died
        Assert.Null(late);
        Assert.False(await outbox.MarkSentAsync(asHeld, new NoticeDelivery("letter", hold.Until, "letters/late.pdf"), None));
        Assert.True(await outbox.MarkSentAsync(sweeper, new NoticeDelivery("letter", hold.Until, "letters/sweeper.pdf"), None));
    }

    [Fact]
    public async Task GivenAHoldThatRanOutUnclaimed_WhenTheCommitterComesLate_ThenItClaimsTheNoticeAnew()
    {
        var (outbox, change, hold) = await HeldReminderAsync("heldlate", ReminderAt);
        var now = hold.Until.AddMinutes(1);

        var claim = await outbox.ClaimHeldAsync(change.Notices[0], hold, now, Lease, None);

        Assert.NotNull(claim);
        Assert.NotEqual(hold.Token, claim.Token);
        Assert.Equal((now.Add(Lease), true), (claim.Until, claim.Reclaimed));
        Assert.Null(await outbox.ClaimAsync(change.Notices[0].Id, now, Lease, None));
    }

    [Fact]
    public async Task GivenAHeldNoticeDatedAfterTheHoldRunsOut_ThenNoOneTakesItBeforeItsDateAndItIsPendingFromThen()
    {
        var committedAt = TestInvoices.At.AddDays(30); // 1.4.2026, six days before the reminder's date
        var (outbox, change, hold) = await HeldReminderAsync("heldearly", committedAt);
        var reminder = change.Notices[0];
        var dayStarts = BusinessTime.StartOf(reminder.Date);

        var early = await outbox.ClaimHeldAsync(reminder, hold, committedAt.AddMinutes(1), Lease, None);
        var pendingBefore = await outbox.PendingAsync(dayStarts.AddTicks(-1), 10, None).ToListAsync();
        var pendingFrom = await outbox.PendingAsync(dayStarts, 10, None).ToListAsync();

        Assert.True(dayStarts > hold.Until);
        Assert.Null(early);
        Assert.DoesNotContain(reminder.Id, pendingBefore.Select(e => e.Notice.Id));
        Assert.Contains(reminder.Id, pendingFrom.Select(e => e.Notice.Id));
        Assert.NotNull(await outbox.ClaimAsync(reminder.Id, dayStarts, Lease, None));
    }
}
