using Asiakasmaksu.Domain.Ceiling;
using static Asiakasmaksu.Domain.Tests.Ceiling.CeilingScenario;
using E = Asiakasmaksu.Domain.Ceiling.CeilingEvent;

namespace Asiakasmaksu.Domain.Tests.Ceiling;

/// <summary>Each year of the 734/1992 6 a § table in domain-facts, through the decider.</summary>
public class CeilingTariffTableTests
{
    [Theory]
    [InlineData(2018, 683, 22.50)]
    [InlineData(2019, 683, 22.50)]
    [InlineData(2020, 683, 22.50)]
    [InlineData(2021, 683, 22.50)]
    [InlineData(2022, 692, 22.80)]
    [InlineData(2023, 692, 22.80)]
    [InlineData(2024, 762, 25.10)]
    public void GivenYear_WhenBilledPastTheCeiling_ThenChargedUpToItAndStayAtTheReducedFee(int year, int ceiling, double daily)
    {
        // A 900 € line crosses the ceiling on 2 Feb; a 4-day stay at 48.90 €/day from 1 Mar comes after the card.
        var (events, account) = Accept(
            CeilingAccount.Open("holder-1", year),
            Charge(D(year, 12, 31), Visit("a", D(year, 2, 2), 900m), Stay("b", D(year, 3, 1), 4, 48.90m)));

        Assert.Equal(M(ceiling), Charged(account, "a"));
        Assert.Equal(M(4 * (decimal)daily), Charged(account, "b"));
        Assert.Equal(M(ceiling), account.Accrued);
        Assert.Equal(new FreeCard(D(year, 2, 2)), account.FreeCard);
        Assert.Contains(events, e => e is E.FreeCardIssued { Card.From: var from, Replaces: null } && from == D(year, 2, 2));
    }

    [Theory]
    [InlineData(2025, 762)]
    [InlineData(2026, 815)]
    public void GivenYearWithUnconfirmedReducedFee_CeilingApplies_ButAStayAfterTheCardIsRefusedNamingTheYear(int year, int ceiling)
    {
        var account = Given(year, Visit("a", D(year, 2, 2), 900m));
        Assert.Equal(M(ceiling), Charged(account, "a"));

        var refused = Refuse(account, Charge(D(year, 12, 31), Stay("b", D(year, 3, 1), 4, 48.90m)));
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Reason, StringComparison.Ordinal);
        Assert.Contains("reduced daily fee", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenYearWithUnconfirmedReducedFee_AStayBeforeTheCeiling_IsCharged()
    {
        var account = Given(2026, Stay("b", D(2026, 3, 1), 4, 48.90m));
        Assert.Equal(M(195.60m), Charged(account, "b"));
        Assert.Null(account.FreeCard);
    }

    [Theory]
    [InlineData(2017)]
    [InlineData(2027)]
    public void GivenYearWithUnconfirmedCeiling_CeilingLinesAreRefusedNamingTheYear(int year)
    {
        var refused = Refuse(CeilingAccount.Open("holder-1", year), Charge(D(year, 12, 31), Visit("a", D(year, 5, 5), 41.80m)));
        Assert.Contains($"payment ceiling for {year} is unconfirmed", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenYearWithoutTariff_LinesAreRefusedNamingTheYear()
    {
        var refused = Refuse(CeilingAccount.Open("holder-1", 2031), Charge(D(2031, 12, 31), Visit("a", D(2031, 5, 5), 41.80m)));
        Assert.Contains("no tariff is configured for 2031", refused.Reason, StringComparison.Ordinal);
    }
}
