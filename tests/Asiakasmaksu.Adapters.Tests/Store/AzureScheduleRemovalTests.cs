using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Microsoft.Extensions.Time.Testing;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// The old day's schedule entries that commits leave behind are deleted a day's hundred at a time
/// (<see cref="ScheduleRemovals"/>): never an invoice's current entry, all of them once the delay has
/// passed, and those a stopped host never deleted are forgotten by the nightly pass over open invoices.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureScheduleRemovalTests(AzuriteFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly ReminderDay = new(2026, 4, 7);
    private static readonly TimeSpan Delay = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task GivenAHundredAndTwentyInvoicesMovedOffTheirDay_ThenAHundredOldEntriesGoInOneRequestAndTheRestOnceTheDelayHasPassed()
    {
        var clock = new FakeTimeProvider(TestInvoices.At);
        var log = new StorageRequestLog();
        var store = await NewAsync(TestNames.Table("schedrm"), clock, log);
        var invoices = Enumerable.Range(1, 120).Select(i => TestInvoices.New("b1", $"c{i}")).ToList();
        var day = invoices[0].NextWakeUp!.Value;
        await store.CreateAsync(invoices, None);
        log.Clear();

        foreach (var invoice in invoices)
        {
            await store.CommitAsync(TestInvoices.Advance((await store.LoadAsync(invoice.Id, None))!, ReminderDay), None);
        }

        var deletes = log.Count("DELETE", "Schedule");
        var leftBeforeTheDelay = (await EntriesAsync(store, day)).Count;
        clock.Advance(Delay);
        var left = await EventuallyAsync(() => EntriesAsync(store, day), entries => entries.Count == 0);

        Assert.All(invoices, i => Assert.Equal(day, i.NextWakeUp));
        Assert.Equal((0, 20), (deletes, leftBeforeTheDelay));
        Assert.Empty(left);
        await AssertEveryCurrentEntryIsThereAsync(store, invoices);
    }

    [Fact]
    public async Task GivenTwoHostsAdvancingTheSameInvoicesAtOnce_ThenEveryInvoiceKeepsItsCurrentEntryAndTheOldDayEmpties()
    {
        var clock = new FakeTimeProvider(TestInvoices.At);
        var tables = TestNames.Table("schedrace");
        var one = await NewAsync(tables, clock, new StorageRequestLog());
        var two = await NewAsync(tables, clock, new StorageRequestLog());
        var invoices = Enumerable.Range(1, 60).Select(i => TestInvoices.New("b1", $"c{i}")).ToList();
        var day = invoices[0].NextWakeUp!.Value;
        await one.CreateAsync(invoices, None);

        await Task.WhenAll(invoices.SelectMany(i => new[] { Task.Run(() => AdvanceAsync(one, i.Id)), Task.Run(() => AdvanceAsync(two, i.Id)) }));
        await AssertEveryCurrentEntryIsThereAsync(one, invoices);
        clock.Advance(Delay);
        var left = await EventuallyAsync(() => EntriesAsync(one, day), entries => entries.Count == 0);

        Assert.Empty(left);
        await AssertEveryCurrentEntryIsThereAsync(two, invoices);
    }

    [Fact]
    public async Task GivenOldEntriesStillWaitingWhenTheirHostStopped_WhenTheNightlyPassListsOpenInvoices_ThenEachIsListedOnceAndTheOldEntriesAreForgotten()
    {
        var tables = TestNames.Table("schedstop");
        var stopped = await NewAsync(tables, new FakeTimeProvider(TestInvoices.At), new StorageRequestLog());
        var invoices = Enumerable.Range(1, 3).Select(i => TestInvoices.New("b1", $"c{i}")).ToList();
        var day = invoices[0].NextWakeUp!.Value;
        await stopped.CreateAsync(invoices, None);
        foreach (var invoice in invoices)
        {
            await stopped.CommitAsync(TestInvoices.Advance((await stopped.LoadAsync(invoice.Id, None))!, ReminderDay), None);
        }

        var store = await NewAsync(tables, new FakeTimeProvider(TestInvoices.At), new StorageRequestLog());
        var staleBefore = (await EntriesAsync(store, day)).Count;
        var night = new ManualClock(BusinessTime.StartOf(ReminderDay.AddDays(1)));
        var listed = new List<InvoiceId>();
        await foreach (var id in new OpenInvoices(store, night).ListAsync(None))
        {
            listed.Add(id);
        }

        Assert.Equal(3, staleBefore);
        Assert.Equal(invoices.Select(i => i.Id.Value).Order(StringComparer.Ordinal), listed.Select(i => i.Value).Order(StringComparer.Ordinal));
        Assert.Empty(await EntriesAsync(store, day));
        await AssertEveryCurrentEntryIsThereAsync(store, invoices);
    }

    private static async Task AdvanceAsync(AzureTableStore store, InvoiceId id) =>
        await new InvoiceWorkflow(store, TestInvoices.Rules, TimeProvider.System, new InMemoryCeilingStore(), store)
            .ExecuteAsync(id, new InvoiceCommand.Advance(ReminderDay), ConflictPolicy.Retry, None);

    private static async Task AssertEveryCurrentEntryIsThereAsync(AzureTableStore store, IReadOnlyList<NewInvoice> invoices)
    {
        var entries = new HashSet<WakeUp>();
        await foreach (var wake in store.DueForWakeUpAsync(new DateOnly(2030, 1, 1), None))
        {
            entries.Add(wake);
        }

        foreach (var invoice in invoices)
        {
            var stored = (await store.LoadAsync(invoice.Id, None))!;
            Assert.NotNull(stored.NextWakeUp);
            Assert.Contains(new WakeUp(invoice.Id, stored.NextWakeUp!.Value), entries);
        }
    }

    private static async Task<List<WakeUp>> EntriesAsync(AzureTableStore store, DateOnly day)
    {
        var entries = new List<WakeUp>();
        await foreach (var wake in store.DueForWakeUpAsync(day, None))
        {
            if (wake.Day == day)
            {
                entries.Add(wake);
            }
        }

        return entries;
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(20);
        var value = await read();
        while (!done(value) && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }

    private Task<AzureTableStore> NewAsync(string prefix, TimeProvider clock, StorageRequestLog log) =>
        AzureStores.OnTablesAsync(fixture, prefix, o =>
        {
            o.ClientOptions = log.Options();
            o.ScheduleRemovalDelay = Delay;
            o.TimeProvider = clock;
        });
}
