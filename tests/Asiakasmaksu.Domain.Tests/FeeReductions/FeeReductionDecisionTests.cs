using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Domain.Tests.FeeReductions;

/// <summary>Recording a calculation as a decision (seed 001's 2020 amounts).</summary>
public class FeeReductionDecisionTests
{
    private static readonly Stamp BySupervisor = new(new Actor("sup-maija", StaffRole.Supervisor), new DateTimeOffset(2020, 3, 25, 10, 0, 0, TimeSpan.Zero), "application of 17.3.");

    private static FeeReductionApplication Application(DateOnly arrived, decimal savings = 1200m) => new(
        arrived,
        6,
        Household.Single,
        LivingArrangement.ServiceHousing,
        [new(IncomeKind.Pension, HouseholdMember.Applicant, Money.Of(1100.00m))],
        [new(ExpenseKind.Rent, HouseholdMember.Applicant, Money.Of(700.00m))],
        Money.Of(savings),
        [new("PALVELUASUMINEN", FeeKind.SocialCare, Money.Of(420.00m))]);

    [Fact]
    public void GivenAReducedResult_WhenRecorded_ThenTheDecisionCarriesTheApplicationTheResultAndWhoDecided()
    {
        // 1 100.00 − 700.00 − 254.00 (service housing) = 146.00 a month, 1.3.–31.8.2020.
        var application = Application(new DateOnly(2020, 3, 17));
        var result = FeeReductionCalculator.Calculate(application, DefaultTariffs.Load());

        var decision = FeeReductionDecision.Of("fr-1", "C-1", application, result, BySupervisor);

        Assert.Equal(FeeReductionOutcome.Reduced, decision.Outcome);
        Assert.Equal(new ReductionPeriod(new DateOnly(2020, 3, 1), new DateOnly(2020, 8, 31)), decision.Period);
        Assert.Equal([new ReducedFee("PALVELUASUMINEN", Money.Of(420.00m), Money.Of(146.00m))], decision.Fees);
        Assert.Equal(result.Calculation, decision.Calculation);
        Assert.Equal(application.Fees, decision.FeesApplied);
        Assert.Equal((LivingArrangement.ServiceHousing, Household.Single), (decision.Arrangement, decision.Household));
        Assert.Equal(("sup-maija", BySupervisor.At, "application of 17.3."), (decision.DecidedBy.StaffId, decision.DecidedAt, decision.Reason));
        Assert.Null(decision.RefusalReason);
        Assert.Equal(Money.Of(146.00m), decision.FeeFor("PALVELUASUMINEN", new DateOnly(2020, 8, 31))!.Now);
        Assert.Null(decision.FeeFor("PALVELUASUMINEN", new DateOnly(2020, 9, 1)));
        Assert.Null(decision.FeeFor("palveluasuminen", new DateOnly(2020, 4, 1)));
    }

    [Fact]
    public void GivenARefusal_WhenRecorded_ThenItHasItsReasonButNoPeriodNorFees()
    {
        var application = Application(new DateOnly(2020, 3, 17), savings: 4000.01m);

        var decision = FeeReductionDecision.Of("fr-2", "C-1", application, FeeReductionCalculator.Calculate(application, DefaultTariffs.Load()), BySupervisor);

        Assert.Equal(FeeReductionOutcome.Refused, decision.Outcome);
        Assert.Null(decision.Period);
        Assert.Empty(decision.Fees);
        Assert.Contains("4000.01", decision.RefusalReason, StringComparison.Ordinal);
        Assert.Null(decision.FeeFor("PALVELUASUMINEN", new DateOnly(2020, 4, 1)));
    }

    [Fact]
    public void GivenACalculationThatCouldNotBeMade_WhenRecorded_ThenItIsABrokenInvariant()
    {
        var application = Application(new DateOnly(2024, 3, 17));
        var result = FeeReductionCalculator.Calculate(application, DefaultTariffs.Load());
        Assert.IsType<FeeReductionResult.CannotCalculate>(result);

        Assert.Throws<ArgumentException>(() => FeeReductionDecision.Of("fr-3", "C-1", application, result, BySupervisor));
    }
}
