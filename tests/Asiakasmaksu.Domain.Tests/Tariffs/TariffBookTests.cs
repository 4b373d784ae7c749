using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Domain.Tests.Tariffs;

public class TariffBookTests
{
    private const string Defaults = """
        "defaults": { "reminderFee": 2.10, "lateInterest": { "fixedPercent": 7 }, "collectionLetter1Fee": 14, "collectionLetter2Fee": 7 }
        """;

    private static TariffBook Parse(string yearJson, string extra = "") =>
        TariffBookJson.Parse($$"""{ {{Defaults}}, "years": [ {{yearJson}} ] {{extra}} }""");

    [Theory]
    [InlineData(2018, 683, 22.50)]
    [InlineData(2021, 683, 22.50)]
    [InlineData(2022, 692, 22.80)]
    [InlineData(2023, 692, 22.80)]
    [InlineData(2024, 762, 25.10)]
    public void DefaultTariffs_CeilingAndReducedDailyFee_FromDomainFacts(int year, int ceiling, double daily)
    {
        var tariff = DefaultTariffs.Load().For(year);
        Assert.Equal(Money.Of(ceiling), tariff.Ceiling);
        Assert.Equal(Money.Of((decimal)daily), tariff.ReducedDailyFee);
    }

    [Fact]
    public void DefaultTariffs_2025And2026_CeilingsKnown_ReducedFeeUnconfirmed()
    {
        var book = DefaultTariffs.Load();
        Assert.Equal(Money.Of(762m), book.For(2025).Ceiling);
        Assert.Equal(Money.Of(815m), book.For(2026).Ceiling);
        Assert.Null(book.For(2025).ReducedDailyFee);
        Assert.Null(book.For(2026).ReducedDailyFee);
    }

    [Fact]
    public void DefaultTariffs_SeedReminderFeeAndInterest()
    {
        var tariff = DefaultTariffs.Load().For(2017);
        Assert.Equal(Money.Of(2.10m), tariff.ReminderFee);
        Assert.Equal(new LateInterestPolicy.Fixed(0.07m), tariff.LateInterest);
        Assert.Equal(CollectionPeriods.Standard, tariff.Periods);
    }

    [Fact]
    public void MissingYear_IsAnErrorNamingTheYear()
    {
        var e = Assert.Throws<MissingTariffException>(() => DefaultTariffs.Load().For(2031));
        Assert.Contains("2031", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "year": 2026, "reminderFee": 5.01 }""", "reminderFee 5.01")]
    [InlineData("""{ "year": 2026, "collectionLetter1Fee": 14.50 }""", "collectionLetter1Fee 14.50")]
    [InlineData("""{ "year": 2026, "collectionLetter2Fee": 7.01 }""", "collectionLetter2Fee 7.01")]
    [InlineData("""{ "year": 2026, "periods": { "transferAfterDueDays": 13 } }""", "transferAfterDueDays 13")]
    [InlineData("""{ "year": 2026, "periods": { "reminderDueDays": 10 } }""", "reminderDueDays 10")]
    [InlineData("""{ "year": 2026, "periods": { "collectionLetterDueDays": 7 } }""", "collectionLetterDueDays 7")]
    [InlineData("""{ "year": 2026, "lateInterest": { "fixedPercent": -1 } }""", "-1 %")]
    [InlineData("""{ "year": 2026, "lateInterest": { "referenceRatePlusPoints": 8 } }""", "8 %")]
    [InlineData("""{ "year": 2026, "reminderFee": 2.105 }""", "2.105")]
    public void UnlawfulTariff_IsRefusedNamingTheValue(string year, string named)
    {
        var e = Assert.Throws<TariffConfigurationException>(() => Parse(year));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FixedRateAboveStatutoryRate_IsRefused()
    {
        var e = Assert.Throws<TariffConfigurationException>(() =>
            Parse("""{ "year": 2024, "lateInterest": { "fixedPercent": 11.6 } }""", """, "referenceRates": [ { "year": 2024, "half": 1, "percent": 4.5 } ]"""));
        Assert.Contains("11.6 %", e.Message, StringComparison.Ordinal);
        Assert.Contains("statutory rate 11.5 %", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceRatePlus_UsesTheHalfYearsRate()
    {
        var book = Parse("""{ "year": 2024, "lateInterest": { "referenceRatePlusPoints": 7 } }""", """, "referenceRates": [ { "year": 2024, "half": 1, "percent": 4.5 }, { "year": 2024, "half": 2, "percent": 4.25 } ]""");
        Assert.Equal(0.115m, book.AnnualLateInterestRate(new DateOnly(2024, 3, 1)));
        Assert.Equal(0.1125m, book.AnnualLateInterestRate(new DateOnly(2024, 7, 1)));
    }

    [Fact]
    public void ReferenceRatePlus_WithoutTheHalfYearsRate_IsAnErrorNamingIt()
    {
        var book = Parse("""{ "year": 2024, "lateInterest": { "referenceRatePlusPoints": 7 } }""");
        var e = Assert.Throws<MissingTariffException>(() => book.AnnualLateInterestRate(new DateOnly(2024, 8, 1)));
        Assert.Contains("2024 half 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateYear_IsRefused() =>
        Assert.Throws<TariffConfigurationException>(() => Parse("""{ "year": 2024 }, { "year": 2024 }"""));

    [Fact]
    public void BrokenJson_IsRefusedWithTheLine() =>
        Assert.Contains("line", Assert.Throws<TariffConfigurationException>(() => TariffBookJson.Parse("{ \"years\": [ ")).Message, StringComparison.Ordinal);

    [Fact]
    public void LateInterest_SplitsAtHalfYears()
    {
        var book = Parse("""{ "year": 2024, "lateInterest": { "referenceRatePlusPoints": 7 } }""", """, "referenceRates": [ { "year": 2024, "half": 1, "percent": 4.5 }, { "year": 2024, "half": 2, "percent": 4.25 } ]""");

        // 30.6 in the first half (11.5 %), 1.7–2.7 in the second (11.25 %).
        var exact = LateInterest.Accrue(Money.Of(1000m), new DateOnly(2024, 6, 29), new DateOnly(2024, 7, 2), book);
        Assert.Equal((1000m * 0.115m * 1 / 365m) + (1000m * 0.1125m * 2 / 365m), exact);
    }
}
