namespace Asiakasmaksu.Domain.Tests.MoneyTests;

public class MoneyTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("0.0049", "0.00")]
    [InlineData("0.345205", "0.35")]
    [InlineData("2.675", "2.68")]
    public void RoundToCents_IsHalfAwayFromZero(string exact, string rounded) =>
        Assert.Equal(rounded, Money.RoundToCents(decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void Of_RefusesMoreThanTwoDecimals() => Assert.Throws<ArgumentException>(() => Money.Of(1.005m));

    [Fact]
    public void Equality_IgnoresScale() => Assert.Equal(Money.Of(1.5m), Money.Of(1.50m));

    [Theory]
    [InlineData(Language.Fi, "1\u00A0234,50\u00A0€")]
    [InlineData(Language.Sv, "1\u00A0234,50\u00A0€")]
    [InlineData(Language.En, "€1,234.50")]
    public void Format_ByLanguage(Language language, string expected) =>
        Assert.Equal(expected, Money.Of(1234.5m).Format(language));

    [Fact]
    public void Format_Negative() => Assert.Equal("-2,10\u00A0€", Money.Of(-2.1m).Format(Language.Fi));

    [Fact]
    public void Cents_RoundTrip() => Assert.Equal(Money.Of(12.34m), Money.FromCents(Money.Of(12.34m).Cents));
}
