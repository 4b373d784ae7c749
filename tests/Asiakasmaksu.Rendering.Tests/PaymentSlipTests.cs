using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.References;
using UglyToad.PdfPig;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>
/// The payment slip (tilisiirto) at the foot of a letter's first page: its Code 128 barcode, decoded
/// from the PDF page's own drawing operations (the bars as drawn, read back by ZXing), is the notice's
/// virtual bank barcode.
/// </summary>
public class PaymentSlipTests
{
    private const double Mm = 72 / 25.4;

    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    public static TheoryData<string> LettersThatAskForAPayment => ["invoice", "reminder", "collection_letter_1", "collection_letter_2", "deferral_confirmation"];

    [Theory]
    [MemberData(nameof(LettersThatAskForAPayment))]
    public void GivenALetterThatAsksForAPayment_WhenRenderedAsPdf_ThenTheBarcodeOnItsFirstPageReadsAsItsVirtualBarcode(string kind)
    {
        var notice = Notice(kind);

        var bars = Bars(renderer.RenderLetterPdf(notice), page: 1);

        Assert.Equal(VirtualBarcode.Create(IssuerProfile.Example.Iban, notice.Amounts.Total, notice.Reference!, notice.DueDate), BarcodeRaster.Read(bars, pixelsPerUnit: 8));
    }

    [Fact]
    public void GivenTheSeedInvoice_WhenRenderedAsPdf_ThenTheBarsStandInTheSlipWithTheirQuietZonesAndTheGuidesSize()
    {
        var pdf = renderer.RenderLetterPdf(TestNotices.Invoice());
        var bars = Bars(pdf, page: 1);

        // 332 modules of 0.33 mm, 13 mm high, 20 mm from the left edge (quiet zone ≥ 6.4 mm), below the slip's cut line.
        Assert.InRange(bars.Min(b => b.Left), 19.9 * Mm, 20.1 * Mm);
        Assert.InRange(bars.Max(b => b.Right) - bars.Min(b => b.Left), 109.5 * Mm, 109.7 * Mm);
        Assert.True(210 * Mm - bars.Max(b => b.Right) > 6.4 * Mm);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Contains("Viitenro / Ref.nr", page.Text);
        Assert.Contains(NationalReference.Format(TestNotices.Reference), page.Text);
        Assert.Contains("Eräpäivä / Förfallodag", page.Text);
        Assert.All(page.GetWords().Where(w => w.Text == "Oikaisuvaatimusohje"), w => Assert.True(w.BoundingBox.Bottom > 101.6 * Mm));
    }

    [Theory]
    [InlineData("enforcement")]
    [InlineData("payment_plan_confirmation")]
    [InlineData("waiver_confirmation")]
    public void GivenALetterThatAsksForNoSinglePayment_WhenRenderedAsPdf_ThenItHasNoSlip(string kind)
    {
        var pdf = renderer.RenderLetterPdf(Notice(kind));

        Assert.Empty(Bars(pdf, page: 1));
        using var document = PdfDocument.Open(pdf);
        Assert.DoesNotContain("Viitenro / Ref.nr", document.GetPage(1).Text);
    }

    /// <summary>The bars drawn near the foot of <paramref name="page"/>: vertical strokes, each as wide as its line width, in points.</summary>
    internal static List<(double Left, double Right)> Bars(byte[] pdf, int page)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPage(page).Paths
            .Where(p => p.IsStroked)
            .Select(p => (Path: p, Box: p.GetBoundingRectangle()))
            .Where(p => p.Box is { } box && box.Width < 0.01 && box.Height > 10 * Mm && box.Bottom < 20 * Mm)
            .Select(p => (p.Box!.Value.Left - ((double)p.Path.LineWidth / 2), p.Box!.Value.Left + ((double)p.Path.LineWidth / 2)))
            .OrderBy(b => b.Item1)];
    }

    private static Notice Notice(string kind) => kind switch
    {
        "invoice" => TestNotices.Invoice(),
        "reminder" => TestNotices.Reminder(),
        "collection_letter_1" => TestNotices.CollectionLetter1(),
        "collection_letter_2" => TestNotices.CollectionLetter2(),
        "deferral_confirmation" => TestNotices.DeferralConfirmation(),
        "enforcement" => TestNotices.Enforcement(),
        "payment_plan_confirmation" => TestNotices.PaymentPlan(),
        "waiver_confirmation" => TestNotices.Waiver(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
