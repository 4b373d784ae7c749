using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Serialization;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Paging;

/// <summary>
/// The paged lists of the staff API's stores (issue 17, item 9), on Azurite and in memory: pages in
/// the list's order that never skip or repeat an entry, whatever is added or changed between pages.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ListPagingContractTests(AzuriteFixture fixture)
{
    private static readonly Actor Team = new("team-anna", StaffRole.Team);
    private static readonly DateOnly Day = new(2026, 3, 10);

    public static TheoryData<string> Stores => ["azure", "memory"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenSevenUnmatchedPayments_WhenPagedByThree_ThenThreePagesByBookingDateWithEachOnce(string kind)
    {
        var store = await UnmatchedAsync(kind);
        var entries = Enumerable.Range(0, 7).Select(i => Unmatched($"bank:{i}", Day.AddDays(6 - i))).ToList();
        foreach (var e in entries)
        {
            Assert.True(await store.AddAsync(e, CancellationToken.None));
        }

        var pages = await AllPagesAsync(p => store.ListPageAsync(null, p, CancellationToken.None), 3);

        Assert.Equal([3, 3, 1], pages.Select(p => p.Items.Count));
        Assert.Equal(entries.OrderBy(e => e.BookingDate).Select(e => e.Id), pages.SelectMany(p => p.Items).Select(e => e.Id));
        Assert.Null(pages[^1].Next);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenAPageRead_WhenAnEntryOnItIsAllocatedAndALaterOneAdded_ThenTheNextPagesOfOpenEntriesStillTakeEveryOpenEntryOnce(string kind)
    {
        var store = await UnmatchedAsync(kind);
        var entries = Enumerable.Range(0, 4).Select(i => Unmatched($"bank:{i}", Day.AddDays(i))).ToList();
        foreach (var e in entries)
        {
            await store.AddAsync(e, CancellationToken.None);
        }

        var first = await store.ListPageAsync(UnmatchedPayment.Open, new PageRequest(null, 2), CancellationToken.None);
        Assert.True(await store.MarkAllocatedAsync(entries[0] with { Status = UnmatchedPayment.Allocated, AllocatedTo = new InvoiceId("inv-1"), AllocatedBy = Team, AllocatedAt = DateTimeOffset.UnixEpoch }, CancellationToken.None));
        var added = Unmatched("bank:late", Day.AddDays(9));
        await store.AddAsync(added, CancellationToken.None);
        var second = await store.ListPageAsync(UnmatchedPayment.Open, new PageRequest(first.Next, 2), CancellationToken.None);
        var third = await store.ListPageAsync(UnmatchedPayment.Open, new PageRequest(second.Next, 2), CancellationToken.None);
        var allocated = await store.ListPageAsync(UnmatchedPayment.Allocated, PageRequest.First(), CancellationToken.None);

        Assert.Equal([entries[0].Id, entries[1].Id], first.Items.Select(e => e.Id));
        Assert.Equal([entries[2].Id, entries[3].Id], second.Items.Select(e => e.Id));
        Assert.Equal([added.Id], third.Items.Select(e => e.Id));
        Assert.Null(third.Next);
        Assert.Equal([(entries[0].Id, UnmatchedPayment.Allocated)], allocated.Items.Select(e => (e.Id, e.Status)));
    }

    [Fact]
    public async Task GivenUnmatchedEntriesStoredBeforeListRowsExisted_WhenPaged_ThenTheyAreListedToo()
    {
        var table = await TableAsync("legacyunmatched");
        var old = Unmatched("bank:old", Day);
        await table.AddEntityAsync(new TableEntity("unmatched", old.Id) { ["Status"] = old.Status, ["Json"] = JsonSerializer.Serialize(old, DomainJson.Options) });
        var store = new AzureUnmatchedPaymentStore(table);
        var fresh = Unmatched("bank:new", Day.AddDays(1));
        await store.AddAsync(fresh, CancellationToken.None);

        var page = await store.ListPageAsync(null, PageRequest.First(), CancellationToken.None);
        var listed = await store.ListAsync(null, CancellationToken.None).ToListAsync();

        Assert.Equal([old.Id, fresh.Id], page.Items.Select(e => e.Id));
        Assert.Equal([old.Id, fresh.Id], listed.Select(e => e.Id));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenFiveDeferralRequests_WhenPendingOnesArePagedByTwo_ThenOldestFirstAndTheDecidedOneLeftOut(string kind)
    {
        var store = await RequestsAsync(kind);
        var requests = Enumerable.Range(0, 5).Select(i => Request($"dr-{9 - i}", DateTimeOffset.UnixEpoch.AddYears(56).AddMinutes(i))).ToList();
        foreach (var r in requests)
        {
            await store.AddAsync(r, CancellationToken.None);
        }

        Assert.True(await store.CompleteAsync(requests[1] with { Status = "approved", Decider = new Actor("sup-kari", StaffRole.Supervisor), DecidedAt = DateTimeOffset.UnixEpoch.AddYears(57) }, CancellationToken.None));

        var pages = await AllPagesAsync(p => store.ListPageAsync("pending", p, CancellationToken.None), 2);

        Assert.Equal(["dr-9", "dr-7", "dr-6", "dr-5"], pages.SelectMany(p => p.Items).Select(r => r.Id));
        Assert.Equal([2, 2], pages.Select(p => p.Items.Count));
        Assert.Equal(["dr-9", "dr-8", "dr-7", "dr-6", "dr-5"], (await store.ListAsync(null, CancellationToken.None).ToListAsync()).Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenAuditRecordsOverThreeDays_WhenAnInvoicesRecordsArePagedByTwo_ThenOldestFirstAcrossDaysAndNoOtherInvoices(string kind)
    {
        var audit = await AuditAsync(kind);
        var start = new DateTimeOffset(2026, 3, 9, 21, 0, 0, TimeSpan.Zero);
        var mine = new List<AuditRecord>();
        for (var i = 0; i < 5; i++)
        {
            var at = start.AddHours(13 * i);
            var record = Record(at, "inv-1");
            mine.Add(record);
            await audit.AppendAsync(record, CancellationToken.None);
            await audit.AppendAsync(Record(at.AddMinutes(1), "inv-2"), CancellationToken.None);
        }

        var pages = await AllPagesAsync(p => audit.QueryPageAsync(new AuditQuery("inv-1", null, null, null), p, CancellationToken.None), 2);
        var fromDay2 = await AllPagesAsync(p => audit.QueryPageAsync(new AuditQuery("inv-1", null, start.AddHours(13), null), p, CancellationToken.None), 2);

        Assert.Equal(mine.Select(r => r.Id), pages.SelectMany(p => p.Items).Select(r => r.Id));
        Assert.Equal([2, 2, 1], pages.Select(p => p.Items.Count));
        Assert.Equal(mine.Skip(1).Select(r => r.Id), fromDay2.SelectMany(p => p.Items).Select(r => r.Id));
    }

    private static async Task<List<ListPage<T>>> AllPagesAsync<T>(Func<PageRequest, Task<ListPage<T>>> read, int limit)
    {
        var pages = new List<ListPage<T>>();
        string? after = null;
        do
        {
            var page = await read(new PageRequest(after, limit));
            pages.Add(page);
            after = page.Next;
            Assert.True(pages.Count < 100, "paging never ended");
        }
        while (after is not null);

        return pages;
    }

    private static UnmatchedPayment Unmatched(string paymentId, DateOnly booked) => new(
        UnmatchedPayment.IdFor(paymentId), paymentId, "viitteet.txt", Money.Of(20.90m), false, booked, booked,
        "12345614", "no invoice has this reference", new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero), UnmatchedPayment.Open, null, null, null);

    private static DeferralRequest Request(string id, DateTimeOffset at) => new(
        id, new InvoiceId("we4ixnud-2tq756foncrjt3zu"), "C-1001", new DateOnly(2026, 9, 18), "long hospital stay", Team, at, new DateOnly(2026, 3, 12), "pending", null, null, null);

    private static AuditRecord Record(DateTimeOffset at, string invoiceId) => new(
        $"{at.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture)}-{invoiceId}", at, "team-anna", "team", "deferral", invoiceId, "C-1001", "applied", "client in hospital", null, null, null, "newDueDate=2026-04-17");

    private async Task<IUnmatchedPaymentStore> UnmatchedAsync(string kind) =>
        kind == "memory" ? new InMemoryUnmatchedPaymentStore() : new AzureUnmatchedPaymentStore(await TableAsync("unmatched"));

    private async Task<IDeferralRequestStore> RequestsAsync(string kind) =>
        kind == "memory" ? new InMemoryDeferralRequestStore() : new AzureDeferralRequestStore(await TableAsync("requests"));

    private async Task<IAuditLog> AuditAsync(string kind) =>
        kind == "memory" ? new InMemoryAuditLog() : new AzureAuditLog(await TableAsync("audit"));

    private async Task<TableClient> TableAsync(string prefix)
    {
        var table = new TableClient(fixture.ConnectionString, TestNames.Table(prefix));
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
