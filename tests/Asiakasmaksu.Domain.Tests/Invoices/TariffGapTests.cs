using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Domain.Tariffs;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>Issue 21, item 14: a step in a year without a tariff waits instead of failing, and goes on once the tariff is added.</summary>
public class TariffGapTests
{
    /// <summary>The default tariffs with 2028 added (as a host would once the year is confirmed).</summary>
    private static readonly InvoiceRules With2028 = InvoiceRules.Default(TariffBookJson.Parse(DefaultTariffs.JsonText.Replace(
        """{ "year": 2027, "ceiling": null, "reducedDailyFee": null }""",
        """{ "year": 2027, "ceiling": null, "reducedDailyFee": null }, { "year": 2028, "ceiling": null, "reducedDailyFee": null }""",
        StringComparison.Ordinal)));

    [Fact]
    public void GivenAnInvoiceOfDecember2027_WhenItsReminderFallsIn2028_ThenTheStepWaitsAndNothingThrows()
    {
        var s = Issue(D(2027, 11, 26)); // due 2027-12-15; the transfer would be on 2028-01-04

        s.LiveThrough(D(2028, 2, 29));

        Assert.Empty(s.Events.OfType<E.ReminderSent>());
        Assert.Equal("overdue", s.Open.Stage.Name);
        Assert.Equal(2028, CollectionSchedule.YearWithoutTariff(s.Open, D(2028, 2, 29), Rules));
    }

    [Fact]
    public void GivenAWaitingStep_WhenTheTariffIsAdded_ThenItIsTakenOnItsNextQualifyingDay()
    {
        var s = Issue(D(2027, 11, 26)).LiveThrough(D(2028, 1, 10));
        var wake = CollectionSchedule.NextWakeUp(s.State, D(2028, 1, 11), Rules);
        Assert.Equal(D(2028, 1, 11), wake); // a transfer waits for the next Tuesday that is a bank day

        s.Under(With2028).LiveThrough(D(2028, 1, 12));

        var reminder = s.Single<E.ReminderSent>();
        Assert.Equal(D(2028, 1, 11), reminder.On);
        Assert.Null(CollectionSchedule.YearWithoutTariff(s.Open, D(2028, 1, 11), With2028));
    }

    [Fact]
    public void GivenADueDateInAYearWithoutATariff_WhenOverdue_ThenTheTransferWaitsEveryBankDay()
    {
        var s = Issue(D(2027, 12, 20)); // due 2028-01-10, in a year without a tariff

        s.LiveThrough(D(2028, 1, 20));

        Assert.Equal("overdue", s.Open.Stage.Name);
        Assert.Equal(2028, CollectionSchedule.YearWithoutTariff(s.Open, D(2028, 1, 20), Rules));
        Assert.Equal(D(2028, 1, 21), CollectionSchedule.NextWakeUp(s.State, D(2028, 1, 21), Rules));
    }

    [Fact]
    public void GivenAYearWithoutATariff_WhenAPaymentOrPlanNeedsItsInterest_ThenRefusedNamingTheYear()
    {
        var s = Issue(D(2027, 11, 26)).LiveThrough(D(2028, 1, 10));

        var payment = s.Refuse(new C.RecordPayment(D(2028, 1, 10), "p1", D(2028, 1, 10), Money.Of(10m), By(StaffRole.System)));
        var plan = s.Refuse(new C.AgreePaymentPlan(D(2028, 1, 10), [new Installment(D(2028, 2, 10), Money.Of(50m)), new Installment(D(2028, 3, 10), Money.Of(50m))], By(StaffRole.Supervisor)));

        Assert.StartsWith("no tariff is configured for 2028", payment.Reason, StringComparison.Ordinal);
        Assert.Contains("no tariff is configured for 2028", plan.Reason, StringComparison.Ordinal);
        Assert.Equal(RefusalKind.WrongState, payment.Kind);
    }

    [Fact]
    public void GivenAYearWithoutATariff_WhenTheBalanceIsShown_ThenInterestRunsThroughTheLastDayCovered()
    {
        var s = Issue(D(2027, 11, 26)).LiveThrough(D(2028, 1, 10));

        var ledger = InvoiceDecider.LedgerOn(s.Open, D(2028, 1, 10), Rules);

        Assert.Equal(Money.RoundToCents(100m * 0.07m * 16m / 365m), ledger.Interest); // 16.12–31.12.2027
    }

    [Fact]
    public void GivenTheDefaultTariffs_WhenAskedNinetyDaysBeforeNewYear_Then2028IsNamed()
    {
        var tariffs = DefaultTariffs.Load();

        Assert.Equal([2028], tariffs.YearsWithoutTariffWithin(D(2027, 10, 15), 90));
        Assert.Empty(tariffs.YearsWithoutTariffWithin(D(2027, 6, 1), 90));
        Assert.Equal([2028, 2029], tariffs.YearsWithoutTariffWithin(D(2028, 3, 1), 366));
    }
}
