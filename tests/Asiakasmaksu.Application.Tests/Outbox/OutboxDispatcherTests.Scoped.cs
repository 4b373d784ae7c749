using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Tests.Outbox;

/// <summary>Dispatching one invoice's notices, or the notices named.</summary>
public partial class OutboxDispatcherTests
{
    private static readonly DateOnly Later = new(2017, 7, 27);
    private static readonly DateTimeOffset LaterStarts = new(2017, 7, 26, 21, 0, 0, TimeSpan.Zero); // 27.7.2017 00:00 in Helsinki

    [Fact]
    public async Task GivenNoticesOfTwoInvoicesAndOfNone_WhenDispatchedForOne_ThenOnlyItsDueNoticesGoWhetherCommittedOrAdded()
    {
        var sender = new RecordingEmailSender();
        var other = OutboxNotices.Invoice("o2jqz7ma-5ee2ytd4bn3wq6rf-0001") with { InvoiceId = new InvoiceId("o2jqz7ma-5ee2ytd4bn3wq6rf") };
        var estate = OutboxNotices.Invoice("estate-a-1001-20170725") with { InvoiceId = null };
        await store.AddAsync(OutboxNotices.Invoice(NoticeId), Stored, default);
        await store.AddAsync(OutboxNotices.Invoice("k3jqz7ma-5ee2ytd4bn3wq6rf-deferral-r1", email: null), Stored, default);
        await store.AddAsync(OutboxNotices.Invoice("k3jqz7ma-5ee2ytd4bn3wq6rf-0002") with { Date = Later }, Stored, default);
        await store.AddAsync(other, Stored, default);
        await store.AddAsync(estate, Stored, default);
        var dispatcher = Dispatcher(sender, new DispatchOptions(LetterFormat: LetterFormat.Html));

        var now = await dispatcher.DispatchForInvoiceAsync(Invoice, default);
        var again = await dispatcher.DispatchForInvoiceAsync(Invoice, default);
        clock.Set(LaterStarts);
        var onItsDay = await dispatcher.DispatchForInvoiceAsync(Invoice, default);

        Assert.Equal([NoticeId, "k3jqz7ma-5ee2ytd4bn3wq6rf-deferral-r1"], now.Select(d => d.Notice.Id).Order(StringComparer.Ordinal));
        Assert.Empty(again);
        Assert.Equal("k3jqz7ma-5ee2ytd4bn3wq6rf-0002", Assert.Single(onItsDay).Notice.Id);
        Assert.Equal([estate.Id, other.Id], (await Pending(LaterStarts)).Select(e => e.Notice.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GivenNoticeIds_WhenDispatched_ThenOnlyTheNamedOnesThatAreDueAndUndeliveredGo()
    {
        var sender = new RecordingEmailSender();
        await store.AddAsync(OutboxNotices.Invoice("n-1"), Stored, default);
        await store.AddAsync(OutboxNotices.Invoice("n-2"), Stored, default);
        await store.AddAsync(OutboxNotices.Invoice("n-3") with { Date = Later }, Stored, default);
        var dispatcher = Dispatcher(sender);

        var first = await dispatcher.DispatchNoticesAsync(["n-1", "n-3", "unknown", "n-1"], default);
        var again = await dispatcher.DispatchNoticesAsync(["n-1"], default);
        clock.Set(LaterStarts.AddTicks(-1));
        var beforeItsDay = await dispatcher.DispatchNoticesAsync(["n-3"], default);
        clock.Set(LaterStarts);
        var onItsDay = await dispatcher.DispatchNoticesAsync(["n-3"], default);

        Assert.Equal("n-1", Assert.Single(first).Notice.Id);
        Assert.Empty(again);
        Assert.Empty(beforeItsDay);
        Assert.Equal("n-3", Assert.Single(onItsDay).Notice.Id);
        Assert.Equal(["n-1", "n-3"], sender.Sent.Select(e => e.NoticeId).Order(StringComparer.Ordinal));
        Assert.Equal("n-2", Assert.Single(await Pending(LaterStarts)).Notice.Id);
    }
}
