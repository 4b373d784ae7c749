using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>What only the Azure Table store can get wrong: races on real ETags, Table Storage's size limits, stale index entries, volume.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableStoreTests(AzuriteFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task GivenTwoWritersPerRound_WhenTheyCommitAtOnce_ThenOneWinsTheOtherRetriesAndNoPaymentIsLost()
    {
        var store = await AzureStores.NewAsync(fixture, "race");
        var invoices = Enumerable.Range(1, 4).Select(i => TestInvoices.New("b1", $"c{i}")).ToList();
        await store.CreateAsync(invoices, None);
        const int rounds = 8;

        var winsPerRound = await Task.WhenAll(invoices.Select(invoice => Task.Run(async () =>
        {
            var wins = new List<int>();
            for (var round = 0; round < rounds; round++)
            {
                var loaded = (await store.LoadAsync(invoice.Id, None))!;
                var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(w => TryCommitAsync(store, TestInvoices.Pay(loaded, [$"r{round}-w{w}"]))));
                wins.Add(results.Count(r => r));
                for (var w = 0; w < 2; w++)
                {
                    while (!results[w])
                    {
                        results[w] = await TryCommitAsync(store, TestInvoices.Pay((await store.LoadAsync(invoice.Id, None))!, [$"r{round}-w{w}"]));
                    }
                }
            }

            return wins;
        })));

        Assert.All(winsPerRound.SelectMany(w => w), wins => Assert.Equal(1, wins));
        foreach (var invoice in invoices)
        {
            var final = (await store.LoadAsync(invoice.Id, None))!;
            var paid = final.History.Select(h => h.Event).OfType<InvoiceEvent.PaymentReceived>().Select(p => p.PaymentId).ToList();
            Assert.Equal(Enumerable.Range(1, 1 + (2 * rounds)), final.History.Select(h => h.Number));
            Assert.Equal(2 * rounds, paid.Distinct().Count());
            Assert.Equal(invoice.State.Facts.Amount - Domain.Money.FromCents(2 * rounds), final.State.Ledger.Total);
        }
    }

    [Fact]
    public async Task GivenAHugeInvoiceAndAHundredAndFiftyEventsInOneCommit_ThenEverythingRoundTrips()
    {
        var store = await AzureStores.NewAsync(fixture, "huge");
        var big = TestInvoices.New("b2", "big", lines: 6000, amount: 1m);
        Assert.IsType<CreateOutcome.Created>(Assert.Single(await store.CreateAsync([big], None)));
        var bigLoaded = (await store.LoadAsync(big.Id, None))!;
        var many = TestInvoices.Pay(bigLoaded, Enumerable.Range(1, 150).Select(i => $"p{i}"));
        Assert.Equal(big.State, bigLoaded.State);
        Assert.Equal(150, many.Events.Count);

        await store.CommitAsync(many, None);

        var reloaded = (await store.LoadAsync(big.Id, None))!;
        Assert.Equal(151, reloaded.History.Count);
        Assert.Equal(many.After, reloaded.State);
        Assert.Equal([.. big.Events, .. many.Events], reloaded.History.Select(h => h.Event));
        var pending = await store.PendingAsync(TestInvoices.At, 10, None).ToListAsync();
        Assert.Equal(big.Notices[0], Assert.Single(pending).Notice);
        var again = Assert.IsType<CreateOutcome.AlreadyExists>(Assert.Single(await store.CreateAsync([big with { ImportId = "import-2" }], None)));
        Assert.Equal(6000, again.ExistingLineIds.Count);
    }

    [Fact]
    public async Task GivenALosingCommit_ThenItsWakeUpIsStaleUntilForgotten()
    {
        var store = await AzureStores.NewAsync(fixture, "stalewake");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var loaded = (await store.LoadAsync(invoice.Id, None))!;
        var far = new DateOnly(2026, 6, 1);
        await store.CommitAsync(TestInvoices.Pay(loaded, ["p1"]), None);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(new InvoiceChange(loaded.State, loaded.ConcurrencyToken, [], loaded.State, [], far, TestInvoices.At), None));
        var stale = await store.DueForWakeUpAsync(far, None).ToListAsync();

        await store.ForgetWakeUpAsync(invoice.Id, far, None);

        Assert.Contains(new WakeUp(invoice.Id, far), stale);
        Assert.Equal([new WakeUp(invoice.Id, invoice.NextWakeUp!.Value)], await store.DueForWakeUpAsync(far, None).ToListAsync());
    }

    [Fact]
    public async Task GivenAnIntentWhoseCommitNeverRan_ThenItIsHiddenUnclaimableAndDroppedOnceTheInvoiceMovesOn()
    {
        var options = new AzureStorageOptions { ConnectionString = fixture.ConnectionString, TablePrefix = TestNames.Table("intent") };
        var store = new AzureTableStore(options);
        await store.EnsureCreatedAsync(None);
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var loaded = (await store.LoadAsync(invoice.Id, None))!;
        var crashed = TestInvoices.Advance(loaded, new DateOnly(2026, 4, 7));
        var writer = new OutboxWriter(new StoreTables(options).Outbox);
        await writer.AddIntentsAsync([.. crashed.Notices.Select(n => new OutboxWriter.Intent(n, invoice.Id, 1, crashed.RecordedAt))], 1, None);

        var whileItMightRun = await store.PendingAsync(TestInvoices.At.AddDays(60), 10, None).ToListAsync();
        var claimsWhileItMightRun = await Task.WhenAll(crashed.Notices.Select(n => store.ClaimAsync(n.Id, TestInvoices.At.AddDays(60), TimeSpan.FromMinutes(10), None)));
        await store.CommitAsync(TestInvoices.Pay(loaded, ["p1"]), None);
        var afterTheInvoiceMoved = await store.PendingAsync(TestInvoices.At.AddDays(60), 10, None).ToListAsync();

        Assert.Equal([invoice.Notices[0].Id], whileItMightRun.Select(e => e.Notice.Id));
        Assert.All(claimsWhileItMightRun, Assert.Null);
        Assert.Equal([invoice.Notices[0].Id], afterTheInvoiceMoved.Select(e => e.Notice.Id));
        Assert.NotNull(await writer.RecordAsync(invoice.Notices[0].Id, None));
        foreach (var notice in crashed.Notices)
        {
            Assert.Null(await writer.RecordAsync(notice.Id, None));
        }
    }

    [Fact]
    public async Task GivenThousandsOfInvoicesInFourBatches_ThenAllAreCreatedOnceAndARerunRecognisesThem()
    {
        var store = await AzureStores.NewAsync(fixture, "bulk");
        var invoices = Enumerable.Range(0, 2400).Select(i => TestInvoices.New($"batch-{i % 4}", $"client-{i}", lines: 1 + (i % 3))).ToList();

        var first = await store.CreateAsync(invoices, None);
        var rerun = await store.CreateAsync(invoices, None);

        Assert.Equal(invoices.Select(i => i.Id), first.Select(o => o.Id));
        Assert.All(first, o => Assert.IsType<CreateOutcome.Created>(o));
        Assert.All(rerun, o => Assert.IsType<CreateOutcome.CreatedEarlier>(o));
        var all = await store.ListAllAsync(None).ToListAsync();
        Assert.Equal(invoices.Select(i => i.Id.Value).Order(StringComparer.Ordinal), all.Select(s => s.Id.Value));
        Assert.Equal(invoices.Sum(i => i.State.Facts.Amount.Euros), all.Sum(s => s.Balance.Euros));
        Assert.Equal(2400, (await store.PendingAsync(TestInvoices.At, 5000, None).ToListAsync()).Count);
        Assert.Equal([invoices[7].Id], await store.ListForClientAsync("client-7", None).Select(s => s.Id).ToListAsync());
    }

    private static async Task<bool> TryCommitAsync(IInvoiceStore store, InvoiceChange change)
    {
        try
        {
            await store.CommitAsync(change, None);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }
}
