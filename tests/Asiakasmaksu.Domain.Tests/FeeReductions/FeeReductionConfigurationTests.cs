using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Domain.Tests.FeeReductions;

/// <summary>The fee-reduction amounts in the tariff configuration.</summary>
public class FeeReductionConfigurationTests
{
    private static TariffBook Parse(string feeReduction) => TariffBookJson.Parse($$"""
        { "defaults": { "reminderFee": 2.10, "lateInterest": { "fixedPercent": 7 }, "collectionLetter1Fee": 14, "collectionLetter2Fee": 7 },
          "years": [ { "year": 2026, "feeReduction": {{feeReduction}} } ] }
        """);

    [Fact]
    public void Defaults_2020HasSeed001Amounts_AndEveryYearSeed002SavingsLimits()
    {
        var book = DefaultTariffs.Load();
        var y2020 = book.For(2020).FeeReduction!;
        Assert.Equal(Money.Of(502.21m), y2020.BasicAmountSingle);
        Assert.Equal(Money.Of(254.00m), y2020.MinimumDisposableServiceHousing);
        Assert.Equal(Money.Of(110.00m), y2020.MinimumDisposableInstitution);
        Assert.Null(y2020.BasicAmountSpouse);
        Assert.All(book.Years, y =>
        {
            Assert.Equal(Money.Of(4000m), book.For(y).FeeReduction!.SavingsLimitSingle);
            Assert.Equal(Money.Of(8000m), book.For(y).FeeReduction!.SavingsLimitCouple);
        });
        Assert.Null(book.For(2026).FeeReduction!.BasicAmountSingle);
    }

    [Theory]
    [InlineData("""{ "basicAmountSingle": 0 }""", "feeReduction.basicAmountSingle 0.00")]
    [InlineData("""{ "minimumDisposableInstitution": -1 }""", "feeReduction.minimumDisposableInstitution -1.00")]
    [InlineData("""{ "savingsLimitSingle": 9000, "savingsLimitCouple": 8000 }""", "savingsLimitCouple 8000.00 is below")]
    [InlineData("""{ "basicAmountSpouse": 1.001 }""", "1.001")]
    public void WrongAmounts_AreRefusedNamingTheValue(string feeReduction, string named)
    {
        var e = Assert.Throws<TariffConfigurationException>(() => Parse(feeReduction));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }
}
