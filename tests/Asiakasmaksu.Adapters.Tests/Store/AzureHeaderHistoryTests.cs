using System.Text.Json;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Serialization;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// The copy of an invoice's events in its header (<see cref="HeaderHistory"/>) and the schedule entry
/// the header names: loading reads the header alone while it holds the history, and the pages
/// whenever it does not (too many commits, a header written before the copy existed) with the same result.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureHeaderHistoryTests(AzuriteFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task GivenAnInvoiceOfAFewCommits_WhenItsEventPagesAreGone_ThenItsHeaderAloneLoadsTheSameHistory()
    {
        var (store, invoices) = await NewAsync("hdronly");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        for (var i = 1; i <= 3; i++)
        {
            await store.CommitAsync(TestInvoices.Pay((await store.LoadAsync(invoice.Id, None))!, [$"p{i}"]), None);
        }

        var before = (await store.LoadAsync(invoice.Id, None))!;
        var pages = await PagesAsync(invoices, invoice.Id);

        foreach (var page in pages)
        {
            await invoices.DeleteEntityAsync(page.PartitionKey, page.RowKey, ETag.All);
        }

        var after = (await store.LoadAsync(invoice.Id, None))!;
        Assert.Equal(4, pages.Count);
        AssertSameHistory(before, after);
        Assert.Equal(before.ConcurrencyToken, after.ConcurrencyToken);
    }

    [Fact]
    public async Task GivenMoreCommitsThanTheHeaderCopies_ThenTheHistoryIsReadFromThePagesWhole()
    {
        var (store, invoices) = await NewAsync("hdrmany");
        var invoice = TestInvoices.New("b1", "c1", amount: 100m);
        await store.CreateAsync([invoice], None);
        var commits = (int)HeaderHistory.MaxCommits + 5;
        for (var i = 1; i < commits; i++)
        {
            await store.CommitAsync(TestInvoices.Pay((await store.LoadAsync(invoice.Id, None))!, [$"p{i}"]), None);
        }

        var loaded = (await store.LoadAsync(invoice.Id, None))!;
        var header = (await invoices.GetEntityAsync<TableEntity>(StorageKeys.Partition(invoice.Id), StorageKeys.Header(invoice.Id))).Value;

        Assert.Null(HeaderHistory.Read(header, loaded.State.Version));
        Assert.Equal(Enumerable.Range(1, loaded.State.Version), loaded.History.Select(h => h.Number));
        Assert.Equal(commits - 1, loaded.History.Select(h => h.Event).OfType<InvoiceEvent.PaymentReceived>().Count());
        Assert.Equal(invoice.State.Facts.Amount - Domain.Money.FromCents(commits - 1), loaded.State.Ledger.Total);
    }

    [Fact]
    public async Task GivenAHeaderWrittenBeforeTheCopy_ThenItLoadsFromThePagesAndACommitMovingItsWakeUpStillClearsTheOldDay()
    {
        var (store, invoices) = await NewAsync("hdrold");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        await store.CommitAsync(TestInvoices.Pay((await store.LoadAsync(invoice.Id, None))!, ["p1"]), None);
        var before = (await store.LoadAsync(invoice.Id, None))!;
        var header = (await invoices.GetEntityAsync<TableEntity>(StorageKeys.Partition(invoice.Id), StorageKeys.Header(invoice.Id))).Value;
        var old = new TableEntity(header.PartitionKey, header.RowKey);
        foreach (var (key, value) in header.Where(c => !IsCopy(c.Key) && c.Key is not (InvoiceRows.WakeSeqColumn or "odata.etag" or "Timestamp" or "PartitionKey" or "RowKey")))
        {
            old[key] = value;
        }

        await invoices.UpdateEntityAsync(old, header.ETag, TableUpdateMode.Replace);
        var fromPages = (await store.LoadAsync(invoice.Id, None))!;
        var later = new DateOnly(2026, 6, 1);
        await store.CommitAsync(new InvoiceChange(fromPages.State, fromPages.ConcurrencyToken, [], fromPages.State, [], later, TestInvoices.At.AddDays(4)), None);

        AssertSameHistory(before, fromPages);
        Assert.Null(StoreToken.Parse(fromPages.ConcurrencyToken)!.WakeSeq);
        Assert.Equal([new WakeUp(invoice.Id, later)], await store.DueForWakeUpAsync(later, None).ToListAsync());
    }

    [Fact]
    public async Task GivenAWakeUpMovedByThreeCommits_ThenEachRemovesTheEntryItsHeaderNamedAndOneEntryRemains()
    {
        var (store, _) = await NewAsync("hdrwake");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var days = new[] { new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 5), new DateOnly(2026, 6, 1) };
        var tokens = new List<StoreToken>();
        foreach (var day in days)
        {
            var loaded = (await store.LoadAsync(invoice.Id, None))!;
            tokens.Add(StoreToken.Parse(loaded.ConcurrencyToken)!);
            await store.CommitAsync(new InvoiceChange(loaded.State, loaded.ConcurrencyToken, [], loaded.State, [], day, TestInvoices.At.AddDays(1)), None);
        }

        Assert.Equal([0L, 1L, 2L], tokens.Select(t => t.WakeSeq));
        Assert.Equal([new WakeUp(invoice.Id, days[^1])], await store.DueForWakeUpAsync(days[^1], None).ToListAsync());
    }

    private static void AssertSameHistory(StoredInvoice expected, StoredInvoice actual)
    {
        Assert.Equal(expected.History.Select(h => (h.Number, h.RecordedAt)), actual.History.Select(h => (h.Number, h.RecordedAt)));
        Assert.Equal(Json(expected.History.Select(h => h.Event)), Json(actual.History.Select(h => h.Event)));
        Assert.Equal((expected.State.Version, expected.State.Status, expected.State.Ledger.Total), (actual.State.Version, actual.State.Status, actual.State.Ledger.Total));
    }

    private static string Json(IEnumerable<InvoiceEvent> events) => JsonSerializer.Serialize(events.ToList(), DomainJson.Options);

    private static bool IsCopy(string column) => column.Length == 7 && column[0] is 'E' or 'T' && column[1..].All(char.IsAsciiDigit);

    private static async Task<List<TableEntity>> PagesAsync(TableClient invoices, InvoiceId id)
    {
        var prefix = StorageKeys.EventPages(id);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {StorageKeys.Partition(id)} and RowKey ge {prefix} and RowKey lt {StorageKeys.End(prefix)}");
        return await invoices.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"]).ToListAsync();
    }

    private async Task<(AzureTableStore Store, TableClient Invoices)> NewAsync(string name)
    {
        var prefix = TestNames.Table(name);
        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = fixture.ConnectionString, TablePrefix = prefix });
        await store.EnsureCreatedAsync(None);
        return (store, new TableClient(fixture.ConnectionString, prefix + "Invoices"));
    }
}
