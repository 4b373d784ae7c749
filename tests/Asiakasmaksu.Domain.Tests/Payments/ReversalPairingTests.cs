using Asiakasmaksu.Domain.Payments;

namespace Asiakasmaksu.Domain.Tests.Payments;

public class ReversalPairingTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public void GivenAPaymentAndItsCorrectionInOneFile_WhenPaired_ThenNeitherRemains()
    {
        var paid = new BankPayment("A1", Money.Of(50m), Day, null, "12345672", false, "line 2");
        var other = new BankPayment("A2", Money.Of(50m), Day, null, "1232", false, "line 3");
        var correction = new BankPayment("A3", Money.Of(50m), Day, null, "00012345672", true, "line 4");

        var (remaining, cancelled) = ReversalPairing.Pair([paid, other, correction]);

        Assert.Equal([other], remaining);
        Assert.Equal((paid, correction), Assert.Single(cancelled));
    }

    [Fact]
    public void GivenACorrectionWithoutItsPayment_WhenPaired_ThenItRemainsForStaff()
    {
        var correction = new BankPayment("A3", Money.Of(50m), Day, null, "12345672", true, "line 2");
        var later = new BankPayment("A4", Money.Of(50m), Day, null, "12345672", false, "line 3");

        var (remaining, cancelled) = ReversalPairing.Pair([correction, later]);

        Assert.Equal([correction, later], remaining);
        Assert.Empty(cancelled);
    }

    [Fact]
    public void GivenAnEntryAndAReturnedCreditOfTheSameAmountBothWithoutReference_WhenPaired_ThenBothRemainForStaff()
    {
        var credit = new BankPayment("A1", Money.Of(30m), Day, null, null, false, "entry 1");
        var returned = new BankPayment("A2", Money.Of(30m), Day, null, null, true, "entry 2");

        var (remaining, cancelled) = ReversalPairing.Pair([credit, returned]);

        Assert.Equal([credit, returned], remaining);
        Assert.Empty(cancelled);
    }

    [Theory]
    [InlineData("RF85 1234 5672", "12345672")]
    [InlineData("rf8512345672", "12345672")]
    [InlineData("000 1234 5672", "12345672")]
    public void ToNational_NormalisesRfAndNationalForms(string reference, string national) =>
        Assert.Equal(national, PaymentReference.ToNational(reference).National);

    [Theory]
    [InlineData(null)]
    [InlineData("12345673")]
    [InlineData("RF86 1234 5672")]
    [InlineData("RF18539007547034A")]
    public void ToNational_GivesAReasonForUnusableReferences(string? reference) =>
        Assert.NotNull(PaymentReference.ToNational(reference).Problem);
}
