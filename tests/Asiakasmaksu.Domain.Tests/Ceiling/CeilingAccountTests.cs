using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Invoices;
using static Asiakasmaksu.Domain.Tests.Ceiling.CeilingScenario;
using E = Asiakasmaksu.Domain.Ceiling.CeilingEvent;

namespace Asiakasmaksu.Domain.Tests.Ceiling;

/// <summary>The ceiling account's rules on worked cases (2024: ceiling 762 €, reduced daily fee 25.10 €).</summary>
public class CeilingAccountTests
{
    [Fact]
    public void GivenAccrual700_WhenAnInvoiceOfThreeVisitsCrossesTheCeiling_ThenTheSecondIsChargedUpToItAndTheThirdIsFree()
    {
        var account = Given(2024, Visit("jan", D(2024, 1, 15), 700m));

        // One invoice, three 41.50 € visits: 700 + 41.50 = 741.50; 762 − 741.50 = 20.50; then 0.
        var (events, after) = Accept(account, Charge(D(2024, 4, 10),
            Visit("mar-5", D(2024, 3, 5), 41.50m), Visit("mar-6", D(2024, 3, 6), 41.50m), Visit("mar-7", D(2024, 3, 7), 41.50m)));

        Assert.Equal(M(41.50m), Charged(after, "mar-5"));
        Assert.Equal(M(20.50m), Charged(after, "mar-6"));
        Assert.Equal(Money.Zero, Charged(after, "mar-7"));
        Assert.Equal(M(762m), after.Accrued);
        Assert.Equal(M(0m), after.RemainingUnder(M(762m)));
        Assert.Equal(new FreeCard(D(2024, 3, 6)), after.FreeCard);
        Assert.Equal(4, events.Count);
        Assert.IsType<E.FreeCardIssued>(events[^1]);
    }

    [Fact]
    public void GivenTwoLinesOnTheCrossingDay_TheCardStartsThatDay_AndTheSecondInKeyOrderIsFree()
    {
        var account = Given(2024, Visit("a", D(2024, 1, 15), 750m), Visit("x2", D(2024, 6, 1), 20m), Visit("x1", D(2024, 6, 1), 20m));
        Assert.Equal(M(12m), Charged(account, "x1"));
        Assert.Equal(Money.Zero, Charged(account, "x2"));
        Assert.Equal(D(2024, 6, 1), account.FreeCard!.From);
    }

    [Fact]
    public void GivenAccrual700_WhenAStayCrossesTheCeiling_ThenTheCardStartsOnItsFirstDay_AndTheDaysAfterTheCeilingCostTheReducedFee()
    {
        var account = Given(2024, Visit("jan", D(2024, 1, 15), 700m));

        // 10 days × 49.60 € = 496 € from 1 May. 62 € remain: day 2 reaches it (2 × 49.60 = 99.20 ≥ 62).
        // Charged 62 € toward the ceiling + 8 days × 25.10 € = 200.80 €; total 262.80 €.
        var (_, after) = Accept(account, Charge(D(2024, 6, 10), Stay("may", D(2024, 5, 1), 10, 49.60m)));

        var charge = after.Find("may")!.Charge;
        Assert.Equal(new CeilingCharge(M(62m), M(200.80m), 8), charge);
        Assert.Equal(M(262.80m), charge.Total);
        Assert.Equal(new FreeCard(D(2024, 5, 1)), after.FreeCard);
        Assert.Equal(M(762m), after.Accrued);
    }

    [Fact]
    public void GivenAFreeCard_AStayCostsTheReducedDailyFee_AndAVisitNothing()
    {
        var account = Given(2024, Visit("big", D(2024, 2, 1), 800m), Stay("stay", D(2024, 9, 2), 5, 49.60m), Visit("visit", D(2024, 9, 20), 41.50m));
        Assert.Equal(new CeilingCharge(Money.Zero, M(125.50m), 5), account.Find("stay")!.Charge);
        Assert.Equal(Money.Zero, Charged(account, "visit"));
        Assert.Equal(M(125.50m), account.ReducedFees);
    }

    [Fact]
    public void GivenAFreeCard_WhenAnEarlierLineIsCancelled_ThenTheCardIsRevokedAndLaterLinesAreChargedAgain()
    {
        var account = Given(2024, Visit("a", D(2024, 1, 10), 500m), Visit("b", D(2024, 2, 10), 300m), Visit("c", D(2024, 3, 10), 50m));
        Assert.Equal(M(262m), Charged(account, "b"));
        Assert.Equal(Money.Zero, Charged(account, "c"));
        Assert.Equal(D(2024, 2, 10), account.FreeCard!.From);

        var (events, after) = Accept(account, new CeilingCommand.CancelLines(D(2024, 4, 2), ["a"]));

        Assert.Equal(
            [
                new E.LineCancelled(D(2024, 4, 2), "a", CeilingCharge.Full(M(500m))),
                new E.ChargeAdjusted(D(2024, 4, 2), "b", CeilingCharge.Full(M(262m)), CeilingCharge.Full(M(300m))),
                new E.ChargeAdjusted(D(2024, 4, 2), "c", CeilingCharge.Free, CeilingCharge.Full(M(50m))),
                new E.FreeCardRevoked(D(2024, 4, 2), new FreeCard(D(2024, 2, 10)), M(350m)),
            ],
            events);
        Assert.Equal(M(38m), ((E.ChargeAdjusted)events[1]).Difference);
        Assert.Null(after.FreeCard);
        Assert.Equal(M(350m), after.Accrued);
        Assert.Equal(CeilingDecision.Unchanged, CeilingDecider.Decide(after, new CeilingCommand.CancelLines(D(2024, 4, 3), ["a"]), Book));
    }

    [Fact]
    public void GivenAFreeCard_WhenAnEarlierServiceIsBilledLate_ThenLaterChargesAreCreditedAndTheCardMovesEarlier()
    {
        var account = Given(2024, Visit("mar", D(2024, 3, 1), 700m), Visit("apr", D(2024, 4, 1), 100m));
        Assert.Equal(D(2024, 4, 1), account.FreeCard!.From);

        // The late February line is charged in full; March's 700 € now crosses the ceiling: 762 − 100 = 662.
        var (events, after) = Accept(account, Charge(D(2024, 5, 6), Visit("feb", D(2024, 2, 1), 100m)));

        Assert.Equal(M(100m), Charged(after, "feb"));
        Assert.Equal(M(662m), Charged(after, "mar"));
        Assert.Equal(Money.Zero, Charged(after, "apr"));
        Assert.Contains(new E.FreeCardIssued(D(2024, 5, 6), new FreeCard(D(2024, 3, 1)), new FreeCard(D(2024, 4, 1))), events);
        Assert.Equal(M(-100m), events.OfType<E.ChargeAdjusted>().Aggregate(Money.Zero, (s, e) => s + e.Difference));
    }

    [Fact]
    public void GivenACharge_WhenCorrectedDown_ThenTheCardIsRevoked()
    {
        var account = Given(2024, Visit("a", D(2024, 1, 10), 762m));
        Assert.NotNull(account.FreeCard);

        var (events, after) = Accept(account, new CeilingCommand.CorrectLine(D(2024, 2, 1), Visit("a", D(2024, 1, 10), 76.20m)));

        Assert.Equal(new E.LineCorrected(D(2024, 2, 1), Visit("a", D(2024, 1, 10), 76.20m), CeilingCharge.Full(M(762m)), CeilingCharge.Full(M(76.20m))), events[0]);
        Assert.IsType<E.FreeCardRevoked>(events[1]);
        Assert.Equal(M(76.20m), after.Accrued);
    }

    [Fact]
    public void ALineWithoutTheCeilingFlag_IsChargedAsBilled_AndDoesNotAccrue()
    {
        var account = Given(2024, Visit("big", D(2024, 2, 1), 800m), Visit("ambulance", D(2024, 3, 1), 100m, ceiling: false));
        Assert.Equal(M(100m), Charged(account, "ambulance"));
        Assert.Equal(M(762m), account.Accrued);
    }

    [Fact]
    public void ChargingTheSameLinesAgain_ChangesNothing_ButOtherContentUnderTheSameKeyIsRefused()
    {
        var account = Given(2024, Visit("a", D(2024, 1, 10), 41.50m));
        Assert.Equal(CeilingDecision.Unchanged, CeilingDecider.Decide(account, Charge(D(2024, 2, 1), Visit("a", D(2024, 1, 10), 41.50m)), Book));

        var refused = Refuse(account, Charge(D(2024, 2, 1), Visit("a", D(2024, 1, 10), 42m)));
        Assert.Equal(RefusalKind.WrongState, refused.Kind);
    }

    [Theory]
    [InlineData("year")]
    [InlineData("days")]
    [InlineData("pastYearEnd")]
    [InlineData("ordinaryWithDays")]
    public void InvalidLines_AreRefusedWithAReason(string problem)
    {
        var line = problem switch
        {
            "year" => Visit("a", D(2023, 12, 31), 41.50m),
            "days" => Stay("a", D(2024, 5, 1), 1, 49.60m) with { Days = 0 },
            "pastYearEnd" => Stay("a", D(2024, 12, 30), 3, 49.60m),
            _ => Visit("a", D(2024, 5, 1), 41.50m) with { Days = 2 },
        };
        var refused = Refuse(CeilingAccount.Open("holder-1", 2024), Charge(D(2024, 12, 31), line));
        Assert.Equal(RefusalKind.Invalid, refused.Kind);
        Assert.Contains("line a", refused.Reason, StringComparison.Ordinal);
    }
}
