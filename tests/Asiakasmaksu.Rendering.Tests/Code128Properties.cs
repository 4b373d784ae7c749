using Asiakasmaksu.Rendering.Letters;
using CsCheck;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>The Code 128 (subset C) encoding round trip: what is drawn is what a barcode reader reads.</summary>
public class Code128Properties
{
    [Fact]
    public void GivenAnyEvenNumberOfDigits_WhenEncodedAndDrawn_ThenABarcodeReaderReadsThemBack() =>
        Gen.Int[1, 30].SelectMany(pairs => Gen.Char['0', '9'].Array[pairs * 2])
            .Sample(digits =>
            {
                var text = new string(digits);
                return BarcodeRaster.Read(BarcodeRaster.FromModules(Code128.Modules(text)), pixelsPerUnit: 3) == text;
            });

    [Fact]
    public void GivenTheSeedInvoicesBarcode_WhenEncoded_ThenStartCTheCheckSymbolAndStopFrameIt()
    {
        var symbols = Code128.Symbols(Expected.SeedInvoiceBarcode);

        Assert.Equal(Code128.StartC, symbols[0]);
        Assert.Equal(Code128.Stop, symbols[^1]);
        Assert.Equal(27 + 3, symbols.Count);
        Assert.Equal((Code128.StartC + symbols.Skip(1).Take(27).Select((v, i) => v * (i + 1)).Sum()) % 103, symbols[^2]);
        Assert.Equal(332, Code128.Modules(Expected.SeedInvoiceBarcode).Sum());
    }

    [Theory]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("12a4")]
    public void GivenNotAnEvenNumberOfDigits_WhenEncoded_ThenItIsRefused(string digits) =>
        Assert.Throws<ArgumentException>(() => Code128.Symbols(digits));
}
