using Asiakasmaksu.Domain.Invoices;
using CsCheck;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>A rectified invoice's lines share the decrease: they add up to the new amount, and no line goes up or below zero.</summary>
public class RectifiedChargesProperties
{
    private static readonly Gen<(long[] Cents, long NewCents)> Rectified =
        Gen.Long[0, 100_000].Array[1, 12].Where(c => c.Sum() > 0).SelectMany(c => Gen.Long[1, c.Sum()].Select(n => (c, n)));

    [Fact]
    public void AnyLowerNewAmount_LinesAddUpToIt_EachBetweenZeroAndWhatItWasCharged() => Rectified.Sample(r =>
    {
        var facts = Facts(r.Cents, r.NewCents);

        var charges = RectifiedCharges.Of(facts);

        Assert.Equal(facts.Amount, charges.Aggregate(Money.Zero, (sum, c) => sum + c));
        Assert.All(charges.Zip(facts.Lines), p => Assert.InRange(p.First.Euros, 0m, p.Second.Amount.Euros));
    });

    [Fact]
    public void OneLineOf362_RectifiedTo262_IsCharged262_AndAFreeLineStaysFree() =>
        Assert.Equal([Money.Of(262m), Money.Zero], RectifiedCharges.Of(Facts([36_200, 0], 26_200)));

    [Fact]
    public void TwoLines_ShareTheDecreaseInProportion() =>
        Assert.Equal([Money.Of(75m), Money.Of(25m)], RectifiedCharges.Of(Facts([15_000, 5_000], 10_000)));

    [Fact]
    public void AnAmountNotBelowTheLines_LeavesEveryLineAsCharged() =>
        Assert.Equal([Money.Of(150m), Money.Of(50m)], RectifiedCharges.Of(Facts([15_000, 5_000], 20_000)));

    private static InvoiceFacts Facts(long[] cents, long newCents)
    {
        var address = new PostalAddress("Asiakas", "Katu 1", "00100", "Helsinki");
        return new InvoiceFacts(
            new InvoiceId("k3jqz7ma-5ee2ytd4bn3wq6rf"),
            "B1",
            "C1",
            new DateOnly(2024, 3, 1),
            Money.FromCents(newCents),
            "12345672",
            Language.Fi,
            address,
            new Recipient(address, null, false),
            [.. cents.Select((c, i) => new InvoiceLine($"L{i}", "DOCTOR", new DateOnly(2024, 2, 1), Money.FromCents(c), true))]);
    }
}
