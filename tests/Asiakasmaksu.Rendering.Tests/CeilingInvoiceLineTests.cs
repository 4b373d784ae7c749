using System.Text;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using UglyToad.PdfPig;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>An invoice line the annual ceiling or a fee-reduction decision reduced shows both the price list's amount and the charge, and which of the two lowered it, in every language and format.</summary>
public class CeilingInvoiceLineTests
{
    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    [Theory]
    [InlineData(Language.Fi, "162,00 €", "hinnaston mukaan 300,00 €, maksukatto huomioitu")]
    [InlineData(Language.Sv, "162,00 €", "enligt prislistan 300,00 €, avgiftstaket beaktat")]
    [InlineData(Language.En, "€162.00", "€300.00 by the price list, less after the payment ceiling")]
    public void GivenALineReducedByTheCeiling_ThenTextHtmlAndPdfShowTheListAmountAndTheCharge(Language language, string charged, string listed)
    {
        var notice = Reduced(language);

        var email = renderer.Render(notice);
        var pdf = PdfText(renderer.RenderLetterPdf(notice));

        foreach (var body in new[] { email.Text, email.Html, pdf })
        {
            var flat = TestFormat.Flat(body);
            Assert.Contains(charged, flat, StringComparison.Ordinal);
            Assert.Contains(listed, flat, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Language.Fi, "hinnaston mukaan 300,00 €, alennettu asiakasmaksun alentamispäätöksellä")]
    [InlineData(Language.Sv, "enligt prislistan 300,00 €, nedsatt genom beslut om nedsättning av klientavgift")]
    [InlineData(Language.En, "€300.00 by the price list, reduced by a fee-reduction decision")]
    public void GivenALineReducedByAFeeReductionDecision_ThenTheNoteNamesTheDecisionNotTheCeiling(Language language, string listed)
    {
        var notice = Reduced(language, feeReductionId: "fr-1");

        var email = renderer.Render(notice);
        var pdf = PdfText(renderer.RenderLetterPdf(notice));

        foreach (var body in new[] { email.Text, email.Html, pdf })
        {
            var flat = TestFormat.Flat(body);
            Assert.Contains(listed, flat, StringComparison.Ordinal);
            Assert.DoesNotContain("maksukatto huomioitu", flat, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GivenALineChargedAsBilled_ThenNoListAmountIsShown()
    {
        var text = renderer.Render(TestNotices.Invoice()).Text;

        Assert.DoesNotContain("hinnaston mukaan", text, StringComparison.Ordinal);
    }

    private static Notice Reduced(Language language, string? feeReductionId = null)
    {
        var seed = TestNotices.Invoice(language);
        return seed with
        {
            Amounts = new NoticeAmounts(Money.Of(182.90m), Money.Zero, Money.Zero, Money.Of(182.90m)),
            Details = seed.Details with
            {
                Lines =
                [
                    seed.Details.Lines[0],
                    new InvoiceLine("L3", "LAITOSHOITO", new DateOnly(2017, 6, 20), Money.Of(162.00m), true, ListAmount: Money.Of(300.00m), FeeReductionId: feeReductionId),
                ],
            },
        };
    }

    private static string PdfText(byte[] pdf)
    {
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
