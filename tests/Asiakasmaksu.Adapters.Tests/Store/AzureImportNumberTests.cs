using System.Text;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;
using Asiakasmaksu.Testing;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// Invoice numbers through the real import on Azure Tables in Azurite: two chunks a file, imports
/// racing each other, a crash part-way and a rerun. Every created invoice has a number, no two share
/// one, and an invoice keeps the number it was first given.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureImportNumberTests(AzuriteFixture fixture)
{
    private static readonly DateOnly InvoiceDate = new(2026, 3, 2);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task GivenTheSameFileImportedTwiceAtOnce_ThenEveryInvoiceIsCreatedOnceWithOneNumberOfItsOwn()
    {
        var store = await AzureStores.NewAsync(fixture, "numbersamefile");
        var ceilings = new InMemoryCeilingStore();
        var file = File("B1", seed: 1, lines: 1200);

        var reports = await Task.WhenAll(ImportAsync(store, store, ceilings, file), ImportAsync(store, store, ceilings, file));

        var numbers = await NumbersAsync(store);
        Assert.Equal(reports[0].InvoicesCreated + reports[0].InvoicesAlreadyImported, numbers.Count);
        Assert.Equal(numbers.Count, reports.Sum(r => r.InvoicesCreated));
        await AssertUniqueAndFoundAsync(store, numbers);
        await ImportAsync(store, store, ceilings, file);
        Assert.Equal(numbers, await NumbersAsync(store));
    }

    [Fact]
    public async Task GivenTwoFilesImportedAtOnce_ThenNoTwoInvoicesShareANumber()
    {
        var store = await AzureStores.NewAsync(fixture, "numbertwofiles");
        var ceilings = new InMemoryCeilingStore();

        await Task.WhenAll(ImportAsync(store, store, ceilings, File("B1", seed: 2, lines: 1100)), ImportAsync(store, store, ceilings, File("B2", seed: 3, lines: 1100)));

        var numbers = await NumbersAsync(store);
        Assert.Equal(2200, numbers.Count);
        await AssertUniqueAndFoundAsync(store, numbers);
    }

    [Fact]
    public async Task GivenACrashAfterTheFirstChunk_WhenRerun_ThenTheInvoicesCreatedBeforeKeepTheirNumbersAndEveryOtherGetsOne()
    {
        var store = await AzureStores.NewAsync(fixture, "numbercrash");
        var ceilings = new InMemoryCeilingStore();
        var file = File("B1", seed: 4, lines: 1500);
        await Assert.ThrowsAsync<IOException>(() => ImportAsync(new FailingStore(store, createsAllowed: 1), store, ceilings, file));
        var beforeRerun = await NumbersAsync(store);

        await ImportAsync(store, store, ceilings, file);

        var numbers = await NumbersAsync(store);
        Assert.Equal(1500, numbers.Count);
        Assert.InRange(beforeRerun.Count, 1, 1499);
        Assert.All(beforeRerun, kv => Assert.Equal(kv.Value, numbers[kv.Key]));
        await AssertUniqueAndFoundAsync(store, numbers);
    }

    [Fact]
    public async Task GivenACrashRightAfterTheNumbersWereRecorded_WhenRerun_ThenTheInvoicesGetTheNumbersRecordedForThem()
    {
        var store = await AzureStores.NewAsync(fixture, "numberallocrash");
        var ceilings = new InMemoryCeilingStore();
        var file = File("B1", seed: 5, lines: 300);
        var failing = new FailingStore(store, createsAllowed: int.MaxValue, failAfterAllocating: true);
        await Assert.ThrowsAsync<IOException>(() => ImportAsync(failing, store, ceilings, file));

        await ImportAsync(store, store, ceilings, file);

        var numbers = await NumbersAsync(store);
        Assert.Equal(300, numbers.Count);
        Assert.Equal(failing.Allocated.Order(), numbers.Values.Order());
    }

    private static string File(string batch, int seed, int lines)
    {
        var text = new StringWriter();
        new BillingFileGenerator(seed).Write(text, batch, InvoiceDate, lines);
        return text.ToString();
    }

    private static Task<ImportReport> ImportAsync(IInvoiceStore store, AzureTableStore outbox, InMemoryCeilingStore ceilings, string file)
    {
        var import = new BillingImport(store, TestInvoices.Rules, new ManualClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)), ceilings, outbox);
        return import.RunAsync("billing.csv", new MemoryStream(Encoding.UTF8.GetBytes(file)), new CsvRejectionSink(Stream.Null), null, null, None);
    }

    /// <summary>Every created invoice's number, by id.</summary>
    private static async Task<Dictionary<InvoiceId, string>> NumbersAsync(AzureTableStore store)
    {
        var numbers = new Dictionary<InvoiceId, string>();
        await foreach (var summary in store.ListAllAsync(None))
        {
            var invoice = await store.LoadAsync(summary.Id, None);
            numbers[summary.Id] = invoice!.State.Facts.InvoiceNumber ?? throw new InvalidOperationException($"{summary.Id} has no number");
        }

        return numbers;
    }

    private static async Task AssertUniqueAndFoundAsync(AzureTableStore store, Dictionary<InvoiceId, string> numbers)
    {
        Assert.Equal(numbers.Count, numbers.Values.Distinct().Count());
        Assert.All(numbers.Values, n => Assert.True(InvoiceNumbers.IsValid(n), n));
        foreach (var (id, number) in numbers.Take(25))
        {
            Assert.Equal(id, await store.FindByInvoiceNumberAsync(number, None));
        }
    }
}
