using System.Text;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using UglyToad.PdfPig;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>PDF letters: real PDF, with the text the notice carries and the address in the envelope window.</summary>
public class PdfLetterTests
{
    private const double Mm = 72 / 25.4;

    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    [Fact]
    public void GivenSeedInvoice_WhenRenderedAsPdf_ThenItIsAPdfWithAmountsReferencesAndBarcode()
    {
        var pdf = renderer.RenderLetterPdf(TestNotices.Invoice());

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var text = Text(pdf);
        Assert.Contains("Lasku", text);
        Assert.Contains("45,90 €", text);
        Assert.Contains("11.8.2017", text);
        Assert.Contains(Expected.NationalReference, text);
        Assert.Contains(Expected.CreditorReference, text);
        Assert.Contains(Expected.SeedInvoiceBarcode, text);
        Assert.Contains("kerryttää", text);
        Assert.Contains("Oikaisuvaatimusohje", text);
    }

    [Fact]
    public void GivenAGuardian_WhenRenderedAsPdf_ThenTheGuardiansNameIsInTheEnvelopeWindow()
    {
        var pdf = renderer.RenderLetterPdf(TestNotices.Invoice(Language.Fi, TestNotices.ToGuardian()));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        // Above the payment slip, which names the payer again.
        var words = page.GetWords().Where(w => w.Text is "Eero" or "Holhoojantie" or "00200" && w.BoundingBox.Bottom > 101.6 * Mm).ToList();
        Assert.Equal(3, words.Count);
        foreach (var word in words)
        {
            // Window: 20 mm from the left, 45–80 mm from the top (PDF y counts from the bottom).
            var fromTop = page.Height - word.BoundingBox.Top;
            Assert.InRange(word.BoundingBox.Left, 19 * Mm, 21 * Mm);
            Assert.InRange(fromTop, 45 * Mm, 80 * Mm);
        }

        Assert.Contains("koskee asiakkaan Maija Meikäläinen", Text(pdf));
    }

    [Theory]
    [InlineData(Language.Sv, "Betalningspåminnelse", "51,06 €")]
    [InlineData(Language.En, "Payment reminder", "€51.06")]
    public void GivenAReminder_WhenRenderedAsPdfInAnyLanguage_ThenItCarriesItsTitleAndTotal(Language language, string title, string total)
    {
        var text = Text(renderer.RenderLetterPdf(TestNotices.Reminder(language)));

        Assert.Contains(title, text);
        Assert.Contains(total, text);
        Assert.Contains(Expected.Barcode(5106, "170912"), text);
    }

    [Fact]
    public void GivenManyLines_WhenRenderedAsPdf_ThenPagesAreAddedAndNumbered()
    {
        var notice = TestNotices.Invoice();
        var lines = Enumerable.Range(1, 80)
            .Select(i => new InvoiceLine($"L{i}", $"PALVELU-{i}", new DateOnly(2017, 6, 1 + (i % 30)), Money.Of(1.00m), i % 2 == 0))
            .ToArray();
        notice = notice with { Details = notice.Details with { Lines = [.. lines] } };

        using var document = PdfDocument.Open(renderer.RenderLetterPdf(notice));

        Assert.True(document.NumberOfPages >= 3);
        var all = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("PALVELU-80", all);
        Assert.Contains($"1 / {document.NumberOfPages}", document.GetPage(1).Text);
    }

    [Fact]
    public void GivenANameTheFontCannotDraw_WhenRenderedAsPdf_ThenThoseCharactersPrintAsQuestionMarks()
    {
        var recipient = new Recipient(new PostalAddress("李小龍 Nieminen", "Katu 1", "00100", "Helsinki"), null, false);

        var text = Text(renderer.RenderLetterPdf(TestNotices.Invoice(Language.Fi, recipient)));

        Assert.Contains("??? Nieminen", text);
    }

    [Theory]
    [InlineData("Ánde Ŋuolláš")] // North Sámi
    [InlineData("Ǥǥ Ǩǩ Ǯǯ Õõ Ʒʒ")] // Skolt Sámi
    [InlineData("Đurđević Şahin Nguyễn")] // Latin Extended-A and Additional
    [InlineData("Łukasz Żółć Ștefănescu")]
    public void GivenANameInLatinLettersWithDiacritics_WhenRenderedAsPdf_ThenItPrintsAsItIs(string name)
    {
        var recipient = new Recipient(new PostalAddress(name, "Katu 1", "00100", "Helsinki"), null, false);

        var text = Text(renderer.RenderLetterPdf(TestNotices.Invoice(Language.Fi, recipient)));

        Assert.Contains(name.Normalize(), text.Normalize());
    }

    [Fact]
    public void GivenANameInCyrillic_WhenRenderedAsPdf_ThenItPrintsAsQuestionMarks()
    {
        // The letter fonts hold the Latin script only (Fonts/subset-fonts.sh): the register records names in Latin letters.
        var recipient = new Recipient(new PostalAddress("Иван Nieminen", "Katu 1", "00100", "Helsinki"), null, false);

        var text = Text(renderer.RenderLetterPdf(TestNotices.Invoice(Language.Fi, recipient)));

        Assert.Contains("???? Nieminen", text);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return TestFormat.Flat(string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
    }
}
