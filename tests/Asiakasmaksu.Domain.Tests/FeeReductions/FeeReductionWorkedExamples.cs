using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Tariffs;
using A = Asiakasmaksu.Domain.FeeReductions.HouseholdMember;
using R = Asiakasmaksu.Domain.FeeReductions.FeeReductionResult;

namespace Asiakasmaksu.Domain.Tests.FeeReductions;

/// <summary>
/// Worked examples built from seeds 001 and 002's rules, with the 2020 amounts of seed 001
/// (basic amount 502.21 €, service housing 254.00 €, institution 110.00 €).
/// </summary>
public class FeeReductionWorkedExamples
{
    private static readonly TariffBook Book = DefaultTariffs.Load();

    private static Money M(decimal euros) => Money.Of(euros);

    private static FeeReductionApplication Application(
        DateOnly arrived,
        LivingArrangement arrangement,
        IncomeItem[] incomes,
        ExpenseItem[] expenses,
        FeeInQuestion[] fees,
        decimal savings = 1200m,
        int months = 12,
        Household household = Household.Single) =>
        new(arrived, months, household, arrangement, [.. incomes], [.. expenses], M(savings), [.. fees]);

    private static FeeReductionApplication SinglePensionerAtHome(decimal savings = 1200m, params FeeInQuestion[] fees) => Application(
        new DateOnly(2020, 3, 17),
        LivingArrangement.Home,
        [new(IncomeKind.Pension, A.Applicant, M(1250.00m)), new(IncomeKind.Benefit, A.Applicant, M(180.00m))],
        [
            new(ExpenseKind.Rent, A.Applicant, M(620.00m)),
            new(ExpenseKind.Electricity, A.Applicant, M(35.00m)),
            new(ExpenseKind.Water, A.Applicant, M(20.00m)),
            new(ExpenseKind.SafetyPhone, A.Applicant, M(30.00m)),
            new(ExpenseKind.HomeInsurance, A.Applicant, M(15.00m)),
            new(ExpenseKind.PrescriptionMedicines, A.Applicant, M(40.00m)),
            new(ExpenseKind.NotAccepted, A.Applicant, M(25.00m), "hobby"),
        ],
        fees.Length == 0 ? [new("continuous home care", FeeKind.SocialCare, M(310.40m))] : fees,
        savings);

    [Fact]
    public void SinglePensionerAtHome_HomeCareFeeIsReducedToWhatTheCalculationLeaves()
    {
        // Income 1 250.00 + 180.00 = 1 430.00.
        // Accepted expenses 620 + 35 + 20 + 30 + 15 + 40 = 760.00 (the hobby's 25 € is not counted).
        // Left: 1 430.00 − 760.00 − 502.21 = 167.79 a month for a 310.40 € fee.
        var result = Assert.IsType<R.Reduced>(FeeReductionCalculator.Calculate(SinglePensionerAtHome(), Book));

        Assert.Equal([new ReducedFee("continuous home care", M(310.40m), M(167.79m))], result.Fees);
        Assert.Equal(new ReductionPeriod(new DateOnly(2020, 3, 1), new DateOnly(2021, 2, 28)), result.Period);
        var byCode = result.Calculation.ToDictionary(l => l.Code, l => l.Amount);
        Assert.Equal(M(1430.00m), byCode["income.total"]);
        Assert.Equal(M(760.00m), byCode["expenses.total"]);
        Assert.Equal(M(502.21m), byCode["protected"]);
        Assert.Equal(M(167.79m), byCode["capacity"]);
        Assert.Equal(Money.Zero, byCode["expense.not_accepted.applicant"]);
        Assert.Equal(
            ["income.pension.applicant", "income.benefit.applicant", "income.total", "expense.rent.applicant"],
            result.Calculation.Take(4).Select(l => l.Code));
    }

    [Fact]
    public void TwoFees_TheAmountLeftGoesToThemInTheOrderGiven()
    {
        // 167.79 left: the first fee (100.00) stays, the second (120.00) is lowered to 67.79.
        var result = Assert.IsType<R.Reduced>(FeeReductionCalculator.Calculate(
            SinglePensionerAtHome(1200m, new FeeInQuestion("home care", FeeKind.SocialCare, M(100m)), new("day activity", FeeKind.SocialCare, M(120m))),
            Book));
        Assert.Equal([new ReducedFee("home care", M(100m), M(100m)), new ReducedFee("day activity", M(120m), M(67.79m))], result.Fees);
    }

    [Fact]
    public void ServiceHousingWithNothingLeft_TheFeeIsWaived_ForAtMost12Months()
    {
        // 900.00 − (700.00 + 48.14 medicines capped at 577.66 / 12) − 254.00 = −102.14: nothing left.
        var application = Application(
            new DateOnly(2020, 6, 30),
            LivingArrangement.ServiceHousing,
            [new(IncomeKind.Pension, A.Applicant, M(900.00m))],
            [new(ExpenseKind.Rent, A.Applicant, M(700.00m)), new(ExpenseKind.PrescriptionMedicines, A.Applicant, M(60.00m))],
            [new("service housing", FeeKind.SocialCare, M(420.00m))],
            months: 18);

        var result = Assert.IsType<R.Waived>(FeeReductionCalculator.Calculate(application, Book));

        Assert.Equal([new ReducedFee("service housing", M(420.00m), Money.Zero)], result.Fees);
        Assert.Equal(new ReductionPeriod(new DateOnly(2020, 6, 1), new DateOnly(2021, 5, 31)), result.Period);
        var byCode = result.Calculation.ToDictionary(l => l.Code, l => l.Amount);
        Assert.Equal(M(11.86m), byCode["expense.medicines_over_ceiling.applicant"]);
        Assert.Equal(M(748.14m), byCode["expenses.total"]);
        Assert.Equal(M(-102.14m), byCode["capacity"]);
    }

    [Fact]
    public void SavingsAboveTheSingleLimit_AreRefused()
    {
        var result = Assert.IsType<R.Refused>(FeeReductionCalculator.Calculate(SinglePensionerAtHome(savings: 4000.01m), Book));
        Assert.Contains("savings of 4000.01 € exceed the limit of 4000.00 € for a single applicant", result.Reason, StringComparison.Ordinal);
        Assert.IsType<R.Reduced>(FeeReductionCalculator.Calculate(SinglePensionerAtHome(savings: 4000.00m), Book));
    }

    [Fact]
    public void FlatHealthCareFees_CannotBeReduced()
    {
        var result = Assert.IsType<R.Refused>(FeeReductionCalculator.Calculate(
            SinglePensionerAtHome(1200m, new FeeInQuestion("outpatient clinic", FeeKind.FlatHealthCare, M(41.80m)), new("physiotherapy", FeeKind.FlatHealthCare, M(11.40m))),
            Book));
        Assert.Contains("cannot be reduced", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenEnoughIsLeftForTheFee_TheApplicationIsRefused()
    {
        var result = Assert.IsType<R.Refused>(FeeReductionCalculator.Calculate(
            SinglePensionerAtHome(1200m, new FeeInQuestion("support services", FeeKind.SocialCare, M(167.79m))), Book));
        Assert.Contains("leaves 167.79 €", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Couple_SpouseIncomeAndExpensesCount_AndTheCoupleSavingsLimitApplies()
    {
        var book = TariffBookJson.Parse("""
            { "defaults": { "reminderFee": 2.10, "lateInterest": { "fixedPercent": 7 }, "collectionLetter1Fee": 14, "collectionLetter2Fee": 7 },
              "years": [ { "year": 2021, "ceiling": 683, "reducedDailyFee": 22.50,
                           "feeReduction": { "basicAmountSingle": 504.06, "basicAmountSpouse": 428.45 } } ] }
            """);

        // Income 1 100.00 + 1 300.00 = 2 400.00; expenses 800.00 + 60.00 = 860.00; protected 2 × 428.45 = 856.90.
        // Left: 2 400.00 − 860.00 − 856.90 = 683.10 for a 900.00 € fee.
        FeeReductionApplication Couple(decimal savings) => Application(
            new DateOnly(2021, 9, 1),
            LivingArrangement.Home,
            [new(IncomeKind.Pension, A.Applicant, M(1100m)), new(IncomeKind.Pension, A.Spouse, M(1300m))],
            [new(ExpenseKind.Rent, A.Applicant, M(800m)), new(ExpenseKind.Electricity, A.Spouse, M(60m))],
            [new("continuous home care", FeeKind.SocialCare, M(900m))],
            savings,
            household: Household.Couple);

        var result = Assert.IsType<R.Reduced>(FeeReductionCalculator.Calculate(Couple(8000m), book));
        Assert.Equal(M(683.10m), result.Fees[0].Now);
        Assert.Equal(M(856.90m), result.Calculation.Single(l => l.Code == "protected").Amount);
        Assert.IsType<R.Refused>(FeeReductionCalculator.Calculate(Couple(8000.01m), book));
    }

    [Theory]
    [InlineData(2020, Household.Couple, "2020")]
    [InlineData(2024, Household.Single, "2024")]
    public void UnconfirmedProtectedAmount_CannotBeCalculated_NamingTheYear(int year, Household household, string named)
    {
        var application = SinglePensionerAtHome() with { ApplicationDate = new DateOnly(year, 3, 17), Household = household };
        var result = Assert.IsType<R.CannotCalculate>(FeeReductionCalculator.Calculate(application, Book));
        Assert.Contains($"protected amount for {named}", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MedicinesInAYearWithUnconfirmedMedicineCeiling_CannotBeCalculated_NamingTheYear()
    {
        var book = TariffBookJson.Parse("""
            { "defaults": { "reminderFee": 2.10, "lateInterest": { "fixedPercent": 7 }, "collectionLetter1Fee": 14, "collectionLetter2Fee": 7 },
              "years": [ { "year": 2021, "feeReduction": { "basicAmountSingle": 504.06 } } ] }
            """);
        var application = SinglePensionerAtHome() with { ApplicationDate = new DateOnly(2021, 3, 17) };
        var result = Assert.IsType<R.CannotCalculate>(FeeReductionCalculator.Calculate(application, book));
        Assert.Contains("annual medicine ceiling for 2021 is unconfirmed", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ASingleApplicantWithSpouseItems_CannotBeCalculated()
    {
        var application = SinglePensionerAtHome() with { Incomes = [new(IncomeKind.Wages, A.Spouse, M(2000m))] };
        Assert.IsType<R.CannotCalculate>(FeeReductionCalculator.Calculate(application, Book));
    }
}
