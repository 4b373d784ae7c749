using Asiakasmaksu.Domain.References;
using CsCheck;

namespace Asiakasmaksu.Domain.Tests.References;

public class VirtualBarcodeTests
{
    // Examples of the bank barcode guide (Pankkiviivakoodi-opas 5.3) and the npm package
    // virtuaaliviivakoodi README (each consistent: IBAN and reference checks pass).
    public static TheoryData<string, string, string, string?, string> Vectors => new()
    {
        { "FI79 4405 2020 0360 82", "4883.15", "86851 62596 19897", "2010-06-12", "479440520200360820048831500000000868516259619897100612" },
        { "FI58 1017 1000 0001 22", "482.99", "55958 22432 94671", "2012-01-31", "458101710000001220004829900000000559582243294671120131" },
        { "FI79 4405 2020 0360 82", "4883.15", "RF09 8685 1625 9619 897", "2010-06-12", "579440520200360820048831509000000868516259619897100612" },
        { "FI58 1017 1000 0001 22", "482.99", "RF06 5595 8224 3294 671", "2012-01-31", "558101710000001220004829906000000559582243294671120131" },
        { "FI37 1590 3000 0007 76", "12.25", "11112", "2016-12-21", "437159030000007760000122500000000000000000011112161221" },
        { "FI37 1590 3000 0007 76", "1.10", "RF9811112", "2017-01-01", "537159030000007760000011098000000000000000011112170101" },
        // No due date, no amount: the payer fills them in.
        { "FI37 1590 3000 0007 76", "0.00", "12345672", null, "4" + "3715903000000776" + "00000000" + "000" + "00000000000012345672" + "000000" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Create_MatchesPublishedVectors(string iban, string euros, string reference, string? due, string expected) =>
        Assert.Equal(expected, VirtualBarcode.Create(iban, Money.Of(decimal.Parse(euros)), reference, due is null ? null : DateOnly.Parse(due)));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void TryParse_ReadsPublishedVectors(string iban, string euros, string reference, string? due, string barcode)
    {
        Assert.True(VirtualBarcode.TryParse(barcode, out var data));
        var version = reference.StartsWith("RF", StringComparison.Ordinal) ? 5 : 4;
        var expectedReference = version == 5 ? reference.Replace(" ", "") : NationalReference.Normalize(reference);
        Assert.Equal(
            new VirtualBarcodeData(version, iban.Replace(" ", ""), Money.Of(decimal.Parse(euros)), expectedReference, due is null ? null : DateOnly.Parse(due)),
            data);
    }

    [Fact]
    public void Create_AmountAboveTheField_WritesZeroAsTheGuideSays()
    {
        var barcode = VirtualBarcode.Create("FI37 1590 3000 0007 76", Money.Of(1_000_000m), "12345672", null);
        Assert.Equal("00000000", barcode[17..25]);
    }

    [Fact]
    public void Create_LargestAmount_Fits()
    {
        var barcode = VirtualBarcode.Create("FI37 1590 3000 0007 76", Money.Of(999_999.99m), "12345672", null);
        Assert.Equal("99999999", barcode[17..25]);
    }

    [Theory]
    [InlineData("FI37 1590 3000 0007 77", "12345672")]   // IBAN check fails
    [InlineData("SE45 5000 0000 0583 9825 7466", "12345672")] // not Finnish
    [InlineData("FI37 1590 3000 0007 76", "12345673")]   // national check fails
    [InlineData("FI37 1590 3000 0007 76", "RF9911112")]  // RF check fails
    [InlineData("FI37 1590 3000 0007 76", "RF45A1B2")]   // RF with letters cannot be a barcode
    public void Create_BadInput_Throws(string iban, string reference) =>
        Assert.Throws<ArgumentException>(() => VirtualBarcode.Create(iban, Money.Of(1m), reference, null));

    [Fact]
    public void Create_NegativeAmount_Throws() =>
        Assert.Throws<ArgumentException>(() => VirtualBarcode.Create("FI37 1590 3000 0007 76", Money.Of(-1m), "12345672", null));

    [Theory]
    [InlineData("47944052020036082004883150000000086851625961989710061")]    // 53 digits
    [InlineData("379440520200360820048831500000000868516259619897100612")]   // version 3
    [InlineData("479440520200360830048831500000000868516259619897100612")]   // IBAN check broken
    [InlineData("479440520200360820048831500000000868516259619898100612")]   // reference check broken
    [InlineData("479440520200360820048831510000000868516259619897100612")]   // reserved field not zero
    [InlineData("479440520200360820048831500000000868516259619897101332")]   // month 13
    [InlineData("579440520200360820048831508000000868516259619897100612")]   // RF check broken
    [InlineData("47944052020036082004883150000000086851625961989710061X")]
    public void TryParse_RejectsBrokenBarcodes(string barcode) =>
        Assert.False(VirtualBarcode.TryParse(barcode, out _));

    private static readonly Gen<string> Ibans =
        Gen.Char['0', '9'].Array[14].Select(b =>
        {
            var bban = new string(b);
            var check = 98 - (int)(System.Numerics.BigInteger.Parse(bban + "151800") % 97);
            return $"FI{check:00}{bban}";
        });

    private static readonly Gen<string> References =
        Gen.Select(Gen.Char['1', '9'], Gen.Int[2, 18].SelectMany(n => Gen.Char['0', '9'].Array[n]), Gen.Bool)
            .Select((first, rest, rf) =>
            {
                var national = NationalReference.Create(first + new string(rest));
                return rf ? CreditorReference.FromNational(national) : national;
            });

    private static readonly Gen<DateOnly?> DueDates =
        Gen.Int[-1, 36524].Select(d => d < 0 ? (DateOnly?)null : DateOnly.FromDayNumber(new DateOnly(2000, 1, 1).DayNumber + d));

    [Fact]
    public void Property_CreateThenTryParse_RoundTrips() =>
        Gen.Select(Ibans, Gen.Long[0, 99_999_999], References, DueDates)
            .Sample((iban, cents, reference, due) =>
            {
                var barcode = VirtualBarcode.Create(iban, Money.FromCents(cents), reference, due);
                var version = reference.StartsWith("RF", StringComparison.Ordinal) ? 5 : 4;
                return barcode.Length == 54
                    && VirtualBarcode.TryParse(barcode, out var data)
                    && data == new VirtualBarcodeData(version, iban, Money.FromCents(cents), reference, due);
            });
}
