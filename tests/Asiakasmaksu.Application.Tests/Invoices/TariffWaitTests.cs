using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Invoices;

/// <summary>
/// Issue 21, item 14: advancing an invoice whose next step falls in a year without a tariff does not
/// throw; it says the step waits, and when to try again; once the tariff is added the step is taken.
/// </summary>
public class TariffWaitTests
{
    private static readonly DateTimeOffset ImportedAt = BusinessTime.StartOf(new DateOnly(2027, 11, 26)).AddHours(8);

    private static readonly InvoiceRules With2028 = InvoiceRules.Default(TariffBookJson.Parse(DefaultTariffs.JsonText.Replace(
        """{ "year": 2027, "ceiling": null, "reducedDailyFee": null }""",
        """{ "year": 2027, "ceiling": null, "reducedDailyFee": null }, { "year": 2028, "ceiling": null, "reducedDailyFee": null }""",
        StringComparison.Ordinal)));

    [Fact]
    public async Task GivenAReminderThatFallsIn2028_WhenAdvanced_ThenItWaitsNamingTheYearAndTheDayToTryAgain()
    {
        var (store, id) = await ImportedAsync();
        var advance = Advance(store, Rules);

        var result = await advance.RunAsync(id, new DateOnly(2028, 1, 4), CancellationToken.None);

        Assert.Equal((2028, new DateOnly(2028, 1, 11), "open"), (result.WaitingForTariffYear, result.NextWakeUp, result.Status));
        Assert.True(result.IsWaitingForTariff);
        Assert.Equal(1, result.Events); // became overdue; the reminder waits
        Assert.Equal(new DateOnly(2028, 1, 11), (await store.LoadAsync(id, CancellationToken.None))!.NextWakeUp);
    }

    [Fact]
    public async Task GivenAWaitingStep_WhenTheTariffIsAddedAndTheInvoiceWakes_ThenTheReminderIsSent()
    {
        var (store, id) = await ImportedAsync();
        await Advance(store, Rules).RunAsync(id, new DateOnly(2028, 1, 4), CancellationToken.None);

        var result = await Advance(store, With2028).RunAsync(id, new DateOnly(2028, 1, 11), CancellationToken.None);

        Assert.Null(result.WaitingForTariffYear);
        Assert.Equal((1, 1), (result.Events, result.Notices));
        Assert.Equal("reminder", (await store.LoadAsync(id, CancellationToken.None))!.State.Stage.Name);
    }

    [Fact]
    public async Task GivenTheScheduler_WhenInvoicesWait_ThenTheDayResultCountsThemWithTheYear()
    {
        var (store, _) = await ImportedAsync();
        var day = new DateOnly(2028, 1, 4);

        var result = await new AdvanceDueInvoices(store, Advance(store, Rules)).RunAsync(day, 2, CancellationToken.None);

        Assert.Equal((1, 1), (result.Woken, result.WaitingForTariff));
        Assert.Equal([2028], result.YearsWithoutTariff!);
    }

    private static AdvanceInvoice Advance(InMemoryStore store, InvoiceRules rules) =>
        new(new InvoiceWorkflow(store, rules, new ManualClock(ImportedAt), CeilingsOf(store), store));

    private static async Task<(InMemoryStore Store, InvoiceId Id)> ImportedAsync()
    {
        var store = NewStore();
        var text = Csv(Line("L1", "A", 100m, ("invoice_date", "2027-11-26"), ("service_date", "2027-11-10"), ("ceiling", "0")));
        var (report, rejections) = await RunAsync(NewImport(store, now: ImportedAt), text);
        Assert.Empty(rejections);
        Assert.Equal(1, report.InvoicesCreated);
        return (store, InvoiceIdentity.For("B1", "A"));
    }
}
