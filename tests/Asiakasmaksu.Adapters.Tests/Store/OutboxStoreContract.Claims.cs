using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>Claims (one holder at a time, running out, marks only by the holder) and one invoice's pending notices.</summary>
public abstract partial class OutboxStoreContract
{
    /// <summary>A fresh store holding one new invoice, whose notice is pending from <see cref="TestInvoices.At"/>.</summary>
    private async Task<(IOutboxStore Outbox, NewInvoice Invoice, string NoticeId)> OneNoticeAsync(string name)
    {
        var (store, outbox) = await NewStoreAsync(name);
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        return (outbox, invoice, invoice.Notices[0].Id);
    }

    [Fact]
    public async Task GivenAClaimedNotice_ThenItIsNeitherPendingNorClaimableUntilTheClaimRunsOut()
    {
        var (outbox, invoice, id) = await OneNoticeAsync("claimed");

        var claim = await ClaimAsync(outbox, id, TestInvoices.At);
        var whileClaimed = TestInvoices.At.Add(Lease).AddTicks(-1);
        var pendingWhileClaimed = await outbox.PendingAsync(whileClaimed, 10, None).ToListAsync();
        var ownWhileClaimed = await outbox.PendingForInvoiceAsync(invoice.Id, whileClaimed, None).ToListAsync();
        var secondClaim = await outbox.ClaimAsync(id, whileClaimed, Lease, None);
        var pendingOnceRunOut = await outbox.PendingAsync(claim.Until, 10, None).ToListAsync();
        var ownOnceRunOut = await outbox.PendingForInvoiceAsync(invoice.Id, claim.Until, None).ToListAsync();
        var reclaim = await ClaimAsync(outbox, id, claim.Until);

        Assert.Equal((invoice.Notices[0], TestInvoices.At.Add(Lease), false), (claim.Entry.Notice, claim.Until, claim.Reclaimed));
        Assert.Empty(pendingWhileClaimed);
        Assert.Empty(ownWhileClaimed);
        Assert.Null(secondClaim);
        Assert.Equal(id, Assert.Single(pendingOnceRunOut).Notice.Id);
        Assert.Equal(id, Assert.Single(ownOnceRunOut).Notice.Id);
        Assert.True(reclaim.Reclaimed);
        Assert.NotEqual(claim.Token, reclaim.Token);
    }

    [Fact]
    public async Task GivenSixteenClaimingOneNoticeAtOnce_ThenExactlyOneGetsIt()
    {
        var (outbox, _, id) = await OneNoticeAsync("race");

        var claims = await DeliveryRig.AllAtOnceAsync<OutboxClaim?>([.. Enumerable.Range(0, 16).Select(_ => (Func<Task<OutboxClaim?>>)(() => outbox.ClaimAsync(id, TestInvoices.At, Lease, None)))]);

        Assert.Single(claims.OfType<OutboxClaim>());
    }

    [Fact]
    public async Task GivenAClaimTakenOverAfterItRanOut_WhenTheOldHolderMarks_ThenNothingChangesAndOnlyTheNewHolderMarks()
    {
        var (outbox, _, id) = await OneNoticeAsync("takeover");
        var old = await ClaimAsync(outbox, id, TestInvoices.At);
        var current = await ClaimAsync(outbox, id, old.Until);
        var delivery = new NoticeDelivery("letter", old.Until.AddMinutes(1), "letters/new.pdf");

        Assert.False(await outbox.MarkFailedAsync(old, 1, old.Until, "late failure", None));
        Assert.False(await outbox.MarkSentAsync(old, new NoticeDelivery("letter", old.Until, "letters/old.pdf"), None));
        Assert.Null(await outbox.DeliveryOfAsync(id, None));
        Assert.Empty(await outbox.PendingAsync(current.Until.AddTicks(-1), 10, None).ToListAsync());
        Assert.True(await outbox.MarkSentAsync(current, delivery, None));

        Assert.Equal(delivery, await outbox.DeliveryOfAsync(id, None));
        Assert.Empty(await outbox.PendingAsync(current.Until.AddDays(1), 10, None).ToListAsync());
    }

    [Fact]
    public async Task GivenAClaimThatRanOutUnclaimed_WhenItsHolderMarksItSent_ThenTheMarkStands()
    {
        var (outbox, _, id) = await OneNoticeAsync("slowholder");
        var claim = await ClaimAsync(outbox, id, TestInvoices.At);

        Assert.True(await outbox.MarkSentAsync(claim, new NoticeDelivery("letter", claim.Until.AddMinutes(5), "letters/slow.pdf"), None));

        Assert.Null(await outbox.ClaimAsync(id, claim.Until.AddMinutes(6), Lease, None));
    }

    [Fact]
    public async Task GivenAFailedAttempt_ThenTheClaimIsReleasedAndTheNoticeIsClaimableAtItsNextAttempt()
    {
        var (outbox, _, id) = await OneNoticeAsync("released");
        var failed = await ClaimAsync(outbox, id, TestInvoices.At);
        var next = TestInvoices.At.AddMinutes(1);

        Assert.True(await outbox.MarkFailedAsync(failed, 1, next, "smtp 451", None));
        Assert.Null(await outbox.ClaimAsync(id, next.AddTicks(-1), Lease, None));
        var retry = await ClaimAsync(outbox, id, next);

        Assert.False(retry.Reclaimed);
        Assert.Equal((1, "smtp 451"), (retry.Entry.Attempts, retry.Entry.LastError));
        Assert.False(await outbox.MarkSentAsync(failed, new NoticeDelivery("email", next, "stale"), None));
        Assert.True(await outbox.MarkSentAsync(retry, new NoticeDelivery("email", next, "sendgrid:1"), None));
    }

    [Fact]
    public async Task GivenANoticeHeldAsStored_WhenClaimedWithIt_ThenItIsClaimedAsByIdOneHolderAtATime()
    {
        var (outbox, invoice, id) = await OneNoticeAsync("heldclaim");
        var stored = invoice.Notices[0];
        var failed = await ClaimAsync(outbox, id, TestInvoices.At);
        Assert.True(await outbox.MarkFailedAsync(failed, 1, TestInvoices.At.AddMinutes(1), "smtp 451", None));

        var beforeItsAttempt = await outbox.ClaimAsync(stored, TestInvoices.At, Lease, None);
        var racing = await DeliveryRig.AllAtOnceAsync<OutboxClaim?>([.. Enumerable.Range(0, 8).Select(i => (Func<Task<OutboxClaim?>>)(() =>
            i % 2 == 0 ? outbox.ClaimAsync(stored, TestInvoices.At.AddMinutes(1), Lease, None) : outbox.ClaimAsync(id, TestInvoices.At.AddMinutes(1), Lease, None)))]);
        var claim = Assert.Single(racing.OfType<OutboxClaim>());
        var whileClaimed = await outbox.ClaimAsync(stored, claim.Until.AddTicks(-1), Lease, None);
        var delivery = new NoticeDelivery("letter", TestInvoices.At.AddMinutes(2), "letters/held.pdf");

        Assert.Null(beforeItsAttempt);
        Assert.Equal((stored, 1, "smtp 451"), (claim.Entry.Notice, claim.Entry.Attempts, claim.Entry.LastError));
        Assert.Null(whileClaimed);
        Assert.True(await outbox.MarkSentAsync(claim, delivery, None));
        Assert.Equal(delivery, await outbox.DeliveryOfAsync(id, None));
        Assert.Null(await outbox.ClaimAsync(stored, claim.Until.AddDays(1), Lease, None));
        Assert.Empty(await outbox.PendingAsync(claim.Until.AddDays(1), 10, None).ToListAsync());
    }

    [Fact]
    public async Task GivenAClaimReleasedByAFailureAndClaimedAgain_WhenTheFirstClaimMarksItSent_ThenNothingChanges()
    {
        // The first claim's version of the record is stale twice over: the mark must read the record and see it is not the holder.
        var (outbox, _, id) = await OneNoticeAsync("stalemark");
        var first = await ClaimAsync(outbox, id, TestInvoices.At);
        Assert.True(await outbox.MarkFailedAsync(first, 1, TestInvoices.At, "smtp 451", None));
        var second = await ClaimAsync(outbox, id, TestInvoices.At);

        Assert.False(await outbox.MarkSentAsync(first, new NoticeDelivery("letter", TestInvoices.At, "letters/first.pdf"), None));
        Assert.Null(await outbox.DeliveryOfAsync(id, None));
        Assert.True(await outbox.MarkSentAsync(second, new NoticeDelivery("letter", TestInvoices.At, "letters/second.pdf"), None));
        Assert.Equal("letters/second.pdf", (await outbox.DeliveryOfAsync(id, None))!.Location);
    }

    [Fact]
    public async Task GivenNoticesCommittedWithAndAddedForAnInvoice_ThenPendingForItHasItsOwnDueOnesOnly()
    {
        var (store, outbox) = await NewStoreAsync("ownnotices");
        var mine = TestInvoices.New("b1", "c1");
        var neighbour = TestInvoices.New("b1", "c2");
        await store.CreateAsync([mine, neighbour], None);
        var reminder = TestInvoices.Advance((await store.LoadAsync(mine.Id, None))!, new DateOnly(2026, 4, 7));
        await store.CommitAsync(reminder, None);
        var refused = mine.Notices[0] with { Id = $"{mine.Id}-deferral-r1" };
        await outbox.AddAsync(refused, TestInvoices.At, None);
        await outbox.AddAsync(refused, TestInvoices.At.AddHours(1), None);
        await outbox.AddAsync(neighbour.Notices[0] with { Id = $"{neighbour.Id}-deferral-r2" }, TestInvoices.At, None);
        await outbox.AddAsync(mine.Notices[0] with { Id = "estate-c1-20260302", InvoiceId = null }, TestInvoices.At, None);
        var later = TestInvoices.At.AddDays(60);

        var today = await outbox.PendingForInvoiceAsync(mine.Id, TestInvoices.At, None).ToListAsync();
        await outbox.MarkSentAsync(await ClaimAsync(outbox, mine.Notices[0].Id, TestInvoices.At), new NoticeDelivery("letter", TestInvoices.At, "letters/x.pdf"), None);
        var afterOneWasSent = await outbox.PendingForInvoiceAsync(mine.Id, later, None).ToListAsync();

        Assert.NotEmpty(reminder.Notices);
        Assert.Equal([mine.Notices[0].Id, refused.Id], today.Select(e => e.Notice.Id).Order(StringComparer.Ordinal));
        Assert.Equal(refused, today.Single(e => e.Notice.Id == refused.Id).Notice);
        Assert.Equal(reminder.Notices.Select(n => n.Id).Append(refused.Id).Order(StringComparer.Ordinal), afterOneWasSent.Select(e => e.Notice.Id).Order(StringComparer.Ordinal));
        Assert.All(afterOneWasSent, e => Assert.Equal(mine.Id, e.Notice.InvoiceId));
        Assert.Empty(await outbox.PendingForInvoiceAsync(new InvoiceId("nobody-x"), later, None).ToListAsync());
    }
}
