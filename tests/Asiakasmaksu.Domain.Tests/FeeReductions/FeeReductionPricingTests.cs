using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Domain.Tariffs;
using CsCheck;

namespace Asiakasmaksu.Domain.Tests.FeeReductions;

/// <summary>
/// Pricing billing lines under recorded decisions, on the worked example of
/// <see cref="FeeReductionWorkedExamples"/>: a single pensioner at home (seed 001's 2020 amounts)
/// applies on 17.3.2020; 167.79 € a month is left for a 310.40 € home-care fee.
/// </summary>
public class FeeReductionPricingTests
{
    private const string HomeCare = "KOTIHOITO";
    private const string DayActivity = "PAIVATOIMINTA";
    private static readonly TariffBook Book = DefaultTariffs.Load();
    private static readonly Actor Supervisor = new("sup-maija", StaffRole.Supervisor);

    private static Money M(decimal euros) => Money.Of(euros);

    private static FeeReductionApplication Application(DateOnly arrived, decimal pension, int months = 12, decimal savings = 1200m) => new(
        arrived,
        months,
        Household.Single,
        LivingArrangement.Home,
        [new(IncomeKind.Pension, HouseholdMember.Applicant, M(pension))],
        [new(ExpenseKind.Rent, HouseholdMember.Applicant, M(760.00m))],
        M(savings),
        [new(HomeCare, FeeKind.SocialCare, M(310.40m)), new("POLIKLINIKKA", FeeKind.FlatHealthCare, M(41.80m))]);

    private static FeeReductionDecision Decide(string id, FeeReductionApplication application, DateTimeOffset at) =>
        FeeReductionDecision.Of(id, "c-1", application, FeeReductionCalculator.Calculate(application, Book), new Stamp(Supervisor, at, "application"));

    /// <summary>1 430.00 − 760.00 − 502.21 = 167.79 a month, from 1.3.2020 through 28.2.2021.</summary>
    private static readonly FeeReductionDecision Reduced = Decide("fr-reduced", Application(new DateOnly(2020, 3, 17), 1430.00m), new DateTimeOffset(2020, 3, 25, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void GivenAReduction_WhenAHomeCareLineOfAMonthInThePeriodIsPriced_ThenTheReducedMonthlyFeeReplacesTheListAmount()
    {
        var price = FeeReductionPricing.Price([Reduced], HomeCare, new DateOnly(2020, 4, 30), M(310.40m));

        Assert.Equal(M(167.79m), price.Amount);
        Assert.Equal(M(142.61m), price.Reduction);
        Assert.Same(Reduced, price.Decision);
        Assert.Equal(new ReducedFee(HomeCare, M(310.40m), M(167.79m)), price.Fee);
    }

    [Theory]
    [InlineData("2020-03-01", true)] // the first day of the application month, though the application came on 17.3.
    [InlineData("2021-02-28", true)] // the last day of the 12th month
    [InlineData("2020-02-29", false)] // the month before the application month
    [InlineData("2021-03-01", false)] // the 13th month
    public void GivenAReduction_WhenTheServiceDateIsAtTheEdgesOfThePeriod_ThenOnlyMonthsInThePeriodAreReduced(string date, bool reduced)
    {
        var price = FeeReductionPricing.Price([Reduced], HomeCare, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), M(310.40m));

        Assert.Equal(reduced, price.Applied);
        Assert.Equal(reduced ? M(167.79m) : M(310.40m), price.Amount);
    }

    [Fact]
    public void GivenAReduction_WhenAnotherServiceOrAFlatFeeIsPriced_ThenItIsBilledAsListed()
    {
        Assert.Equal(M(120.00m), FeeReductionPricing.Price([Reduced], DayActivity, new DateOnly(2020, 4, 30), M(120.00m)).Amount);
        var flat = FeeReductionPricing.Price([Reduced], "POLIKLINIKKA", new DateOnly(2020, 4, 30), M(41.80m));
        Assert.False(flat.Applied);
        Assert.Equal(M(41.80m), flat.Amount);
    }

    [Fact]
    public void GivenAWaiver_WhenALineInThePeriodIsPriced_ThenItCostsNothing()
    {
        // 900.00 − 760.00 − 502.21 < 0: nothing is left, the fee is waived.
        var waived = Decide("fr-waived", Application(new DateOnly(2020, 6, 30), 900.00m, months: 3), new DateTimeOffset(2020, 7, 2, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(FeeReductionOutcome.Waived, waived.Outcome);

        Assert.Equal(Money.Zero, FeeReductionPricing.Price([waived], HomeCare, new DateOnly(2020, 8, 31), M(310.40m)).Amount);
        Assert.Equal(M(310.40m), FeeReductionPricing.Price([waived], HomeCare, new DateOnly(2020, 9, 1), M(310.40m)).Amount);
    }

    [Fact]
    public void GivenARefusal_WhenALineIsPriced_ThenItIsBilledAsListed_AndAnEarlierReductionStillRuns()
    {
        var refused = Decide("fr-refused", Application(new DateOnly(2020, 5, 4), 1430.00m, savings: 4000.01m), new DateTimeOffset(2020, 5, 10, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(FeeReductionOutcome.Refused, refused.Outcome);

        Assert.Equal(M(310.40m), FeeReductionPricing.Price([refused], HomeCare, new DateOnly(2020, 5, 31), M(310.40m)).Amount);
        var price = FeeReductionPricing.Price([Reduced, refused], HomeCare, new DateOnly(2020, 5, 31), M(310.40m));
        Assert.Same(Reduced, price.Decision);
        Assert.Equal(M(167.79m), price.Amount);
    }

    [Fact]
    public void GivenTwoDecisionsOnTheSameMonths_WhenPriced_ThenTheOneDecidedLastApplies()
    {
        // A new application in June 2020 after the pension fell to 1 330.00: 67.79 € left.
        var later = Decide("fr-later", Application(new DateOnly(2020, 6, 2), 1330.00m), new DateTimeOffset(2020, 6, 10, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(M(167.79m), FeeReductionPricing.Price([later, Reduced], HomeCare, new DateOnly(2020, 5, 31), M(310.40m)).Amount);
        Assert.Equal(M(67.79m), FeeReductionPricing.Price([later, Reduced], HomeCare, new DateOnly(2020, 6, 30), M(310.40m)).Amount);
        Assert.Equal(M(67.79m), FeeReductionPricing.Price([Reduced, later], HomeCare, new DateOnly(2020, 6, 30), M(310.40m)).Amount);
    }

    [Fact]
    public void GivenAReduction_WhenAPartMonthIsListedBelowTheReducedFee_ThenItIsBilledAsListed()
    {
        var price = FeeReductionPricing.Price([Reduced], HomeCare, new DateOnly(2020, 3, 31), M(155.20m));

        Assert.True(price.Applied);
        Assert.Equal(M(155.20m), price.Amount);
    }

    [Fact]
    public void GivenAMonthBilledInTwoLines_WhenPricedInOrder_ThenTheMonthCostsTheReducedFeeOnce()
    {
        // April's home care comes as two half-month lines of 155.20; May as one line.
        var prices = FeeReductionPricing.PriceInOrder(
            [Reduced],
            [
                new FeeReductionLine(HomeCare, new DateOnly(2020, 4, 15), M(155.20m)),
                new FeeReductionLine(HomeCare, new DateOnly(2020, 4, 30), M(155.20m)),
                new FeeReductionLine(HomeCare, new DateOnly(2020, 5, 31), M(310.40m)),
                new FeeReductionLine(DayActivity, new DateOnly(2020, 4, 30), M(120.00m)),
            ]);

        Assert.Equal([M(155.20m), M(12.59m), M(167.79m), M(120.00m)], prices.Select(p => p.Amount));
        Assert.Equal(M(167.79m), FeeReductionPricing.Price([Reduced], HomeCare, new DateOnly(2020, 4, 30), M(155.20m), alreadyBilled: M(155.20m)).Amount + M(155.20m));
    }

    [Fact]
    public void AnyLinesOfOneMonth_UnderAReduction_NeverCostMoreThanTheReducedFeeNorMoreThanListed() =>
        Gen.Select(Gen.Int[1, 28], Gen.Long[1, 40_000]).Array[1, 6].Sample(lines =>
        {
            var input = lines.Select(l => new FeeReductionLine(HomeCare, new DateOnly(2020, 4, l.Item1), Money.FromCents(l.Item2))).ToList();
            var prices = FeeReductionPricing.PriceInOrder([Reduced], input);

            var listed = input.Aggregate(Money.Zero, (sum, l) => sum + l.ListAmount);
            var billed = prices.Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
            Assert.Equal(Money.Min(listed, M(167.79m)), billed);
            Assert.All(prices, p => Assert.True(p.Amount >= Money.Zero && p.Amount <= p.ListAmount));
        });
}
