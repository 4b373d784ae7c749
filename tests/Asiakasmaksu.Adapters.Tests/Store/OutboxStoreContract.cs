using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// What every outbox must do, beyond the invoice store contract's outbox cases. Run against the
/// in-memory store and the Azure Table store on Azurite. Claims and one invoice's notices in
/// <c>OutboxStoreContract.Claims.cs</c>; dispatchers racing over one outbox in <c>OutboxStoreContract.Concurrency.cs</c>.
/// </summary>
public abstract partial class OutboxStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = OutboxDispatcher.ClaimLease;

    /// <summary>A fresh, empty store; <paramref name="name"/> keeps stores of different tests apart.</summary>
    protected abstract Task<(IInvoiceStore Invoices, IOutboxStore Outbox)> NewStoreAsync(string name);

    [Fact]
    public async Task GivenFiveNotices_WhenOneFailed_ThenPendingTakesAtMostMaxOfTheDueOnes()
    {
        var (store, outbox) = await NewStoreAsync("due");
        var invoices = Enumerable.Range(1, 5).Select(i => TestInvoices.New("b1", $"c{i}")).ToList();
        await store.CreateAsync(invoices, None);
        var failed = invoices[2].Notices[0].Id;
        await outbox.MarkFailedAsync(await ClaimAsync(outbox, failed, TestInvoices.At), 1, TestInvoices.At.AddMinutes(10), "mail server down", None);

        var three = await outbox.PendingAsync(TestInvoices.At, 3, None).ToListAsync();
        var due = await outbox.PendingAsync(TestInvoices.At, 100, None).ToListAsync();
        var later = await outbox.PendingAsync(TestInvoices.At.AddMinutes(11), 100, None).ToListAsync();

        Assert.Equal(3, three.Count);
        Assert.Equal(3, three.Select(e => e.Notice.Id).Distinct().Count());
        Assert.DoesNotContain(failed, due.Select(e => e.Notice.Id));
        Assert.Equal(4, due.Count);
        Assert.All(due, e => Assert.Equal(0, e.Attempts));
        Assert.Equal(5, later.Count);
        Assert.Equal(invoices.Select(i => i.Notices[0].Id).Order(StringComparer.Ordinal), later.Select(e => e.Notice.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GivenAnInvoiceImportedBeforeItsDate_ThenItsNoticeIsNotPendingNorClaimableBeforeThatDayStarts()
    {
        var (store, outbox) = await NewStoreAsync("early");
        var invoice = TestInvoices.New("b1", "c1") with { RecordedAt = TestInvoices.At.AddDays(-10) };
        await store.CreateAsync([invoice], None);
        var dayStarts = new DateTimeOffset(2026, 3, 1, 22, 0, 0, TimeSpan.Zero); // 2.3.2026 00:00 in Helsinki

        var before = await outbox.PendingAsync(dayStarts.AddTicks(-1), 10, None).ToListAsync();
        var ownBefore = await outbox.PendingForInvoiceAsync(invoice.Id, dayStarts.AddTicks(-1), None).ToListAsync();
        var claimBefore = await outbox.ClaimAsync(invoice.Notices[0].Id, dayStarts.AddTicks(-1), Lease, None);
        var onTheDay = await outbox.PendingAsync(dayStarts, 10, None).ToListAsync();
        var ownOnTheDay = await outbox.PendingForInvoiceAsync(invoice.Id, dayStarts, None).ToListAsync();

        Assert.Empty(before);
        Assert.Empty(ownBefore);
        Assert.Null(claimBefore);
        Assert.Equal(invoice.Notices[0].Id, Assert.Single(onTheDay).Notice.Id);
        Assert.Equal(invoice.Notices[0].Id, Assert.Single(ownOnTheDay).Notice.Id);
        Assert.NotNull(await outbox.ClaimAsync(invoice.Notices[0].Id, dayStarts, Lease, None));
    }

    [Fact]
    public async Task GivenALosingCommit_ThenItsNoticesAreNeverPending()
    {
        var (store, outbox) = await NewStoreAsync("loser");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var loaded = (await store.LoadAsync(invoice.Id, None))!;
        var payment = TestInvoices.Pay(loaded, ["p1"]);
        var reminder = TestInvoices.Advance(loaded, new DateOnly(2026, 4, 7));
        Assert.NotEmpty(reminder.Notices);
        await store.CommitAsync(payment, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(reminder, None));
        var afterPayment = (await store.LoadAsync(invoice.Id, None))!;
        var retried = TestInvoices.Advance(afterPayment, new DateOnly(2026, 4, 7));
        await store.CommitAsync(retried, None);

        var pending = await outbox.PendingAsync(TestInvoices.At.AddDays(60), 100, None).ToListAsync();
        Assert.Equal([invoice.Notices[0], .. retried.Notices], pending.Select(e => e.Notice).OrderBy(n => n.Id, StringComparer.Ordinal));
        Assert.All(reminder.Notices.Where(n => retried.Notices.All(r => r.Id != n.Id)), n => Assert.DoesNotContain(n.Id, pending.Select(e => e.Notice.Id)));
    }

    [Fact]
    public async Task GivenASentNotice_WhenMarkedSentOrFailedAgain_ThenTheFirstDeliveryStaysAndItIsNeverPendingNorClaimable()
    {
        var (store, outbox) = await NewStoreAsync("twice");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var id = invoice.Notices[0].Id;
        var first = new NoticeDelivery("letter", TestInvoices.At.AddMinutes(1), "letters/first.pdf");
        var claim = await ClaimAsync(outbox, id, TestInvoices.At);

        Assert.True(await outbox.MarkSentAsync(claim, first, None));
        Assert.False(await outbox.MarkSentAsync(claim, new NoticeDelivery("letter", TestInvoices.At.AddMinutes(2), "letters/second.pdf"), None));
        Assert.False(await outbox.MarkFailedAsync(claim, 3, TestInvoices.At.AddMinutes(3), "late failure report", None));

        Assert.Equal(first, await outbox.DeliveryOfAsync(id, None));
        Assert.Empty(await outbox.PendingAsync(TestInvoices.At.AddDays(1), 10, None).ToListAsync());
        Assert.Empty(await outbox.PendingForInvoiceAsync(invoice.Id, TestInvoices.At.AddDays(1), None).ToListAsync());
        Assert.Null(await outbox.ClaimAsync(id, TestInvoices.At.AddDays(1), Lease, None));
    }

    [Fact]
    public async Task GivenAnUnknownNotice_ThenItHasNoDeliveryCannotBeClaimedAndCannotBeMarkedSent()
    {
        var (_, outbox) = await NewStoreAsync("unknown");
        var notice = TestInvoices.New("b1", "c1").Notices[0] with { Id = "nobody-0001" };
        var forged = new OutboxClaim(new OutboxEntry(notice, TestInvoices.At, 0, TestInvoices.At, null), "forged", TestInvoices.At.Add(Lease), false);

        Assert.Null(await outbox.DeliveryOfAsync("nobody-0001", None));
        Assert.Null(await outbox.ClaimAsync("nobody-0001", TestInvoices.At, Lease, None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.MarkSentAsync(forged, new NoticeDelivery("email", TestInvoices.At, "x"), None));
    }

    [Fact]
    public async Task GivenAStandaloneNotice_WhenFailedThenSent_ThenItCarriesItsAttemptsUntilSent()
    {
        var (_, outbox) = await NewStoreAsync("estate");
        var notice = TestInvoices.New("b1", "c1").Notices[0] with { Id = "estate-c1-20260301", InvoiceId = null };
        await outbox.AddAsync(notice, TestInvoices.At, None);

        await outbox.MarkFailedAsync(await ClaimAsync(outbox, notice.Id, TestInvoices.At), 2, TestInvoices.At.AddHours(1), "smtp 451", None);
        var retry = Assert.Single(await outbox.PendingAsync(TestInvoices.At.AddHours(2), 10, None).ToListAsync());
        var claim = await ClaimAsync(outbox, notice.Id, TestInvoices.At.AddHours(2));
        await outbox.MarkSentAsync(claim, new NoticeDelivery("email", TestInvoices.At.AddHours(3), "sendgrid:abc"), None);

        Assert.Equal(notice, retry.Notice);
        Assert.Equal((2, "smtp 451", TestInvoices.At.AddHours(1)), (retry.Attempts, retry.LastError, retry.NextAttemptAt));
        Assert.Equal(retry, claim.Entry);
        Assert.False(claim.Reclaimed);
        Assert.Empty(await outbox.PendingAsync(TestInvoices.At.AddDays(1), 10, None).ToListAsync());
        Assert.Equal("sendgrid:abc", (await outbox.DeliveryOfAsync(notice.Id, None))!.Location);
    }

    /// <summary>Claims <paramref name="noticeId"/> at <paramref name="at"/> for the dispatcher's lease; fails the test when it cannot.</summary>
    private static async Task<OutboxClaim> ClaimAsync(IOutboxStore outbox, string noticeId, DateTimeOffset at) =>
        await outbox.ClaimAsync(noticeId, at, Lease, None) ?? throw new Xunit.Sdk.XunitException($"{noticeId} could not be claimed at {at:o}.");
}
