using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Outbox;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// The outbox records a store has just written or read are claimed without reading them back, and
/// never claimed twice for it: a record changed meanwhile by another process fails the claim under
/// its old ETag and is read (<see cref="RecentRecords"/>).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureOutboxRecentRecordTests(AzuriteFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = OutboxDispatcher.ClaimLease;
    private static readonly DateTimeOffset Later = TestInvoices.At.AddDays(60);

    [Fact]
    public async Task GivenAReminderItCommitted_WhenTheStoreClaimsAndMarksIt_ThenNoOutboxRecordIsRead()
    {
        var log = new StorageRequestLog();
        var store = await NewAsync(TestNames.Table("recentclaim"), log);
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var change = TestInvoices.Advance((await store.LoadAsync(invoice.Id, None))!, new DateOnly(2026, 4, 7));
        var reminder = change.Notices[0];
        await store.CommitAsync(change, None);
        log.Clear();

        var claim = await store.ClaimAsync(reminder, Later, Lease, None);
        var delivery = new NoticeDelivery("letter", Later, "letters/reminder.pdf");
        var marked = claim is not null && await store.MarkSentAsync(claim, delivery, None);
        var readsToClaimAndMark = log.Count("GET", "Outbox");
        log.Clear();
        var again = await store.ClaimAsync(reminder, Later.AddDays(1), Lease, None);
        var readsToClaimAgain = log.Count("GET", "Outbox");

        Assert.True(marked);
        Assert.Equal(0, readsToClaimAndMark);
        Assert.Null(again);
        Assert.Equal(1, readsToClaimAgain); // taken once: a later claim reads the record
        Assert.Equal(delivery, await store.DeliveryOfAsync(reminder.Id, None));
    }

    [Fact]
    public async Task GivenAReminderItCommittedHoldingIt_WhenTheStoreTakesTheHeldClaimAndMarksIt_ThenTheMarkIsTheOnlyRequest()
    {
        var log = new StorageRequestLog();
        var store = await NewAsync(TestNames.Table("recenthold"), log);
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var hold = new NoticeHold("hold-1", Later.Add(Lease));
        var change = TestInvoices.Advance((await store.LoadAsync(invoice.Id, None))!, new DateOnly(2026, 4, 7)) with { RecordedAt = Later, Hold = hold };
        var reminder = change.Notices[0];
        await store.CommitAsync(change, None);
        log.Clear();

        var claim = await store.ClaimHeldAsync(reminder, hold, Later.AddMinutes(1), Lease, None);
        var requestsToClaim = log.Total;
        var marked = claim is not null && await store.MarkSentAsync(claim, new NoticeDelivery("letter", Later, "letters/reminder.pdf"), None);

        Assert.Equal(0, requestsToClaim);
        Assert.True(marked);
        Assert.Equal((1, 1), (log.Total, log.Count("POST", "$batch")));
    }

    [Fact]
    public async Task GivenARecordClaimedMeanwhileByAnotherProcess_WhenTheStoreThatWroteItClaimsIt_ThenItsOwnCopyIsRefusedAndTheOtherClaimStands()
    {
        var log = new StorageRequestLog();
        var tables = TestNames.Table("recentstale");
        var writer = await NewAsync(tables, log);
        var other = await NewAsync(tables, new StorageRequestLog());
        var invoice = TestInvoices.New("b1", "c1");
        await writer.CreateAsync([invoice], None);
        var notice = invoice.Notices[0];
        var held = await other.ClaimAsync(notice.Id, TestInvoices.At, Lease, None);
        log.Clear();

        var second = await writer.ClaimAsync(notice, TestInvoices.At.AddMinutes(1), Lease, None);
        var triedItsCopy = log.Count("POST", "$batch");
        var reads = log.Count("GET", "Outbox");

        Assert.NotNull(held);
        Assert.Null(second);
        Assert.Equal((1, 1), (triedItsCopy, reads));
        Assert.True(await other.MarkSentAsync(held, new NoticeDelivery("letter", TestInvoices.At, "letters/once.pdf"), None)); // its claim stood
    }

    private Task<AzureTableStore> NewAsync(string prefix, StorageRequestLog log) =>
        AzureStores.OnTablesAsync(fixture, prefix, o => o.ClientOptions = log.Options());
}
