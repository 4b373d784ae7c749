using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Payments;

/// <summary>The unmatched-payment store's contract, on Azurite and in memory.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureUnmatchedPaymentStoreTests(AzuriteFixture fixture)
{
    public static TheoryData<string> Stores => ["azure", "memory"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenAnEntry_WhenAddedTwiceReadAndAllocated_ThenItRoundTripsAndOnlyTheFirstAllocationWins(string kind)
    {
        var store = await NewAsync(kind);
        var entry = Entry("bank:A1", new DateOnly(2026, 3, 10));
        var later = Entry("bank:A2", new DateOnly(2026, 3, 11));

        Assert.True(await store.AddAsync(later, CancellationToken.None));
        Assert.True(await store.AddAsync(entry, CancellationToken.None));
        Assert.False(await store.AddAsync(entry with { Reason = "other" }, CancellationToken.None));
        Assert.Equal(entry, await store.GetAsync(entry.Id, CancellationToken.None));
        Assert.Null(await store.GetAsync("missing", CancellationToken.None));

        var allocated = entry with { Status = UnmatchedPayment.Allocated, AllocatedTo = new InvoiceId("inv-1"), AllocatedBy = new Actor("team-anna", StaffRole.Team), AllocatedAt = new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero) };
        Assert.True(await store.MarkAllocatedAsync(allocated, CancellationToken.None));
        Assert.False(await store.MarkAllocatedAsync(allocated with { AllocatedTo = new InvoiceId("inv-2") }, CancellationToken.None));

        Assert.Equal(allocated, await store.GetAsync(entry.Id, CancellationToken.None));
        Assert.Equal([later], await ListAsync(store, UnmatchedPayment.Open));
        Assert.Equal([allocated, later], await ListAsync(store, null));
    }

    private static UnmatchedPayment Entry(string paymentId, DateOnly booked) => new(
        UnmatchedPayment.IdFor(paymentId), paymentId, "viitteet-2026-03-10.txt", Money.Of(20.90m), false, booked, booked.AddDays(-1),
        "RF85 1234 5672", "no invoice has this reference", new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero), UnmatchedPayment.Open, null, null, null);

    private static async Task<List<UnmatchedPayment>> ListAsync(IUnmatchedPaymentStore store, string? status)
    {
        var list = new List<UnmatchedPayment>();
        await foreach (var e in store.ListAsync(status, CancellationToken.None))
        {
            list.Add(e);
        }

        return list;
    }

    private async Task<IUnmatchedPaymentStore> NewAsync(string kind)
    {
        if (kind == "memory")
        {
            return new InMemoryUnmatchedPaymentStore();
        }

        var table = new TableClient(fixture.ConnectionString, TestNames.Table("unmatched"));
        await table.CreateIfNotExistsAsync();
        return new AzureUnmatchedPaymentStore(table);
    }
}
