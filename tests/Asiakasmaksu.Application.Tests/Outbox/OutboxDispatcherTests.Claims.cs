using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Tests.Outbox;

/// <summary>Claims: overlapping passes, a holder that dies, a delivery that outlives its claim.</summary>
public partial class OutboxDispatcherTests
{
    private const string NoticeId = "k3jqz7ma-5ee2ytd4bn3wq6rf-0001";
    private static readonly InvoiceId Invoice = new("k3jqz7ma-5ee2ytd4bn3wq6rf");

    [Fact]
    public async Task GivenTwoOverlappingPasses_WhenTheFirstIsStillSending_ThenTheSecondSkipsTheNoticeAndItIsSentOnce()
    {
        var sender = new GatedEmailSender();
        await store.AddAsync(OutboxNotices.Invoice(), Stored, default);

        var first = Dispatcher(sender).DispatchAsync(default);
        await sender.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await Dispatcher(sender).DispatchAsync(default);
        var third = await Dispatcher(sender).DispatchForInvoiceAsync(Invoice, default);
        var fourth = await Dispatcher(sender).DispatchNoticesAsync([NoticeId], default);
        sender.Release();

        Assert.Single(await first);
        Assert.Empty(second);
        Assert.Empty(third);
        Assert.Empty(fourth);
        Assert.Single(sender.Sent);
    }

    [Fact]
    public async Task GivenAClaimWhoseHolderDied_WhenPassesRun_ThenTheNoticeWaitsUntilTheClaimRunsOutAndIsSentOnce()
    {
        var sender = new RecordingEmailSender();
        await store.AddAsync(OutboxNotices.Invoice(), Stored, default);
        var dead = await store.ClaimAsync(NoticeId, Stored, OutboxDispatcher.ClaimLease, default);
        var dispatcher = Dispatcher(sender);

        Assert.NotNull(dead);
        Assert.Empty(await dispatcher.DispatchAsync(default));
        clock.Set(dead.Until.AddTicks(-1));
        Assert.Empty(await dispatcher.DispatchAsync(default));
        Assert.Empty(await dispatcher.DispatchForInvoiceAsync(Invoice, default));
        Assert.Empty(await dispatcher.DispatchNoticesAsync([NoticeId], default));
        Assert.Empty(sender.Sent);

        clock.Set(dead.Until);
        Assert.Single(await dispatcher.DispatchAsync(default));
        clock.Set(dead.Until + OutboxDispatcher.ClaimLease);
        Assert.Empty(await dispatcher.DispatchAsync(default));

        Assert.Single(sender.Sent);
        Assert.False(await store.MarkSentAsync(dead, new NoticeDelivery(OutboxDispatcher.EmailChannel, Stored, "late"), default));
        Assert.Contains(logger.Messages, m => m.Contains(NoticeId, StringComparison.Ordinal) && m.Contains("earlier claim ran out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GivenADeliverySlowerThanItsClaimAllows_WhenTheEmailIsReady_ThenItIsNotSentAndCountsAsAFailedAttempt()
    {
        var sender = new RecordingEmailSender();
        await store.AddAsync(OutboxNotices.Invoice(), Stored, default);
        var slow = new SlowArchive(archive, clock, OutboxDispatcher.ClaimLease - OutboxDispatcher.SendReserve + TimeSpan.FromSeconds(1));

        Assert.Empty(await Dispatcher(sender, archiveOverride: slow).DispatchAsync(default));

        Assert.Empty(sender.Sent);
        var failed = Assert.Single(await Pending(clock.GetUtcNow().AddMinutes(1)));
        Assert.Equal((1, "TimeoutException"), (failed.Attempts, failed.LastError));
    }

    [Fact]
    public async Task GivenAnEmail_WhenSent_ThenItCarriesItsClaimAsTheAttemptIdButTheMimeDoesNot()
    {
        var sender = new RecordingEmailSender();
        await store.AddAsync(OutboxNotices.Invoice(), Stored, default);

        await Dispatcher(sender).DispatchAsync(default);

        var email = Assert.Single(sender.Sent);
        Assert.Matches("^[0-9a-f]{32}$", email.AttemptId);
        Assert.DoesNotContain(email.AttemptId!, System.Text.Encoding.ASCII.GetString(email.Mime.Span), StringComparison.Ordinal);
    }
}
