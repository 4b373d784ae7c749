using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// An invoice's wake-up decides on the header this store last wrote or read for it, without reading it
/// again (<see cref="InvoiceReader.Recent"/>), and a copy made stale by another process never wins: its
/// commit conflicts and the workflow decides again on a fresh read; a decision on it that would commit
/// nothing is taken again on a fresh read.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureRecentHeaderTests(AzuriteFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly ReminderDay = new(2026, 4, 7);
    private static readonly DateOnly PaidOn = new(2026, 3, 5);

    [Fact]
    public async Task GivenAnInvoiceThisStoreCreated_WhenItWakesForItsReminderAndThenItsNextStep_ThenNoInvoiceRowIsReadAndTheStoreHoldsWhatWasDecided()
    {
        var log = new StorageRequestLog();
        var store = await NewAsync(TestNames.Table("recenthdr"), log);
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        log.Clear();

        var reminder = Assert.IsType<CommandOutcome.Applied>(await AdvanceAsync(store, invoice.Id, ReminderDay));
        var next = Assert.IsType<CommandOutcome.Applied>(await AdvanceAsync(store, invoice.Id, reminder.NextWakeUp!.Value));
        var reads = log.Count("GET", "Invoices");
        var stored = await store.LoadAsync(invoice.Id, None);

        Assert.Equal(0, reads);
        Assert.Contains(reminder.Events, e => e is InvoiceEvent.ReminderSent);
        Assert.NotEmpty(next.Events);
        Assert.Equal((next.After.Version, next.After.Stage.Name, next.NextWakeUp), (stored!.State.Version, stored.State.Stage.Name, stored.NextWakeUp));
    }

    [Fact]
    public async Task GivenAnInvoicePaidThroughAnotherStore_WhenThisStoreWakesItFromItsKeptCopy_ThenNoReminderIsCommittedAndThePaymentStands()
    {
        var tables = TestNames.Table("recentpaid");
        var store = await NewAsync(tables, new StorageRequestLog());
        var other = await NewAsync(tables, new StorageRequestLog());
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        await other.CommitAsync(TestInvoices.Pay((await other.LoadAsync(invoice.Id, None))!, ["p1"], cents: 2500), None);

        var outcome = await AdvanceAsync(store, invoice.Id, ReminderDay);
        var stored = await store.LoadAsync(invoice.Id, None);

        var unchanged = Assert.IsType<CommandOutcome.Unchanged>(outcome);
        Assert.Equal("paid", unchanged.State.Status);
        Assert.Equal("paid", stored!.State.Status);
        Assert.DoesNotContain(stored.History, e => e.Event is InvoiceEvent.ReminderSent);
    }

    [Fact]
    public async Task GivenAnInvoiceRemindedThroughAnotherStore_WhenThisStoreWakesItEarlyFromItsKeptCopy_ThenItAnswersTheWakeUpTheStoreHolds()
    {
        var tables = TestNames.Table("recentearly");
        var store = await NewAsync(tables, new StorageRequestLog());
        var other = await NewAsync(tables, new StorageRequestLog());
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var reminded = TestInvoices.Advance((await other.LoadAsync(invoice.Id, None))!, ReminderDay);
        await other.CommitAsync(reminded, None);

        // Its kept copy has nothing to do on the day after the invoice date, and would answer its own (creation's) wake-up.
        var outcome = await AdvanceAsync(store, invoice.Id, invoice.State.Facts.InvoiceDate.AddDays(1));

        var unchanged = Assert.IsType<CommandOutcome.Unchanged>(outcome);
        Assert.NotEqual(invoice.NextWakeUp, reminded.NextWakeUp);
        Assert.Equal((reminded.After.Version, reminded.NextWakeUp), (unchanged.State.Version, unchanged.NextWakeUp));
    }

    [Fact]
    public async Task GivenInvoicesPaidThroughAnotherStoreWhileThisStoreWakesThemForTheirReminders_ThenEveryPaymentStandsAndNoReminderIsCommittedTwice()
    {
        var tables = TestNames.Table("recentrace");
        var store = await NewAsync(tables, new StorageRequestLog());
        var other = await NewAsync(tables, new StorageRequestLog());
        var invoices = Enumerable.Range(1, 12).Select(i => TestInvoices.New("b1", $"c{i}")).ToList();
        await store.CreateAsync(invoices, None);

        await Task.WhenAll(invoices.SelectMany(invoice => new[]
        {
            Task.Run(() => AdvanceAsync(store, invoice.Id, ReminderDay)),
            Task.Run(async () =>
            {
                var pay = new InvoiceWorkflow(other, TestInvoices.Rules, TimeProvider.System, new InMemoryCeilingStore(), other);
                var command = new InvoiceCommand.RecordPayment(PaidOn, "p1", PaidOn, Money.Of(25m), new Stamp(Actor.System, TestInvoices.At, "bank file"));
                return await pay.ExecuteAsync(invoice.Id, command, ConflictPolicy.Retry, None);
            }),
        }));

        foreach (var invoice in invoices)
        {
            var stored = (await store.LoadAsync(invoice.Id, None))!;
            Assert.Single(stored.History, e => e.Event is InvoiceEvent.PaymentReceived);
            Assert.True(stored.History.Count(e => e.Event is InvoiceEvent.ReminderSent) <= 1);
            Assert.Equal(stored.State.Version, stored.History.Count);
        }
    }

    private static Task<CommandOutcome> AdvanceAsync(AzureTableStore store, InvoiceId id, DateOnly day) =>
        new InvoiceWorkflow(store, TestInvoices.Rules, TimeProvider.System, new InMemoryCeilingStore(), store)
            .ExecuteAsync(id, new InvoiceCommand.Advance(day), ConflictPolicy.Retry, None);

    private Task<AzureTableStore> NewAsync(string prefix, StorageRequestLog log) =>
        AzureStores.OnTablesAsync(fixture, prefix, o => o.ClientOptions = log.Options());
}
