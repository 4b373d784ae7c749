using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Tests.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// What an invoice has pending is found with one range read of its partition: the notices its
/// commits caused and the pointers to notices added for it share one key prefix
/// (<see cref="StorageKeys.NoticeRows"/>), so a wake-up reads one range, not two.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureInvoiceNoticesTests(AzuriteFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task GivenANoticeCommittedWithAndOneAddedForAnInvoice_WhenItsPendingNoticesAreRead_ThenTheInvoicesTableIsQueriedOnce()
    {
        var log = new StorageRequestLog();
        var store = await AzureStores.OnTablesAsync(fixture, TestNames.Table("onerange"), o => o.ClientOptions = log.Options());
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var refused = invoice.Notices[0] with { Id = $"{invoice.Id}-deferral-r1" };
        await store.AddAsync(refused, TestInvoices.At, None);
        log.Clear();

        var pending = await store.PendingForInvoiceAsync(invoice.Id, TestInvoices.At, None).ToListAsync();

        Assert.Equal([invoice.Notices[0].Id, refused.Id], pending.Select(e => e.Notice.Id));
        Assert.Equal(1, log.Count("GET", "Invoices"));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a|b")]
    [InlineData("4zj32g3k-abc-0001")]
    public void GivenAnyNoticeId_ThenItsCommittedRowIsNeverTakenForAPointerAndItsPointerAlwaysIs(string noticeId)
    {
        var invoice = new Domain.Invoices.InvoiceId("4zj32g3k-abc");

        Assert.False(StorageKeys.IsAddedNoticeRow(invoice, StorageKeys.NoticeRow(invoice, noticeId)));
        Assert.True(StorageKeys.IsAddedNoticeRow(invoice, StorageKeys.AddedNoticeRow(invoice, noticeId)));
        Assert.StartsWith(StorageKeys.NoticeRows(invoice), StorageKeys.AddedNoticeRow(invoice, noticeId), StringComparison.Ordinal);
    }
}
