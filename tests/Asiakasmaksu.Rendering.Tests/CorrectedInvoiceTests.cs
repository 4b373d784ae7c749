using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>
/// The corrected invoice of an accepted rectification claim (NoticeComposer, Act 734/1992 15 §):
/// when the new amount is at most what the client already paid, it owes nothing and must still be
/// delivered, saying so; the original invoice's date is labelled as the original's, and the 30 days
/// for a new claim run from the corrected invoice.
/// </summary>
public class CorrectedInvoiceTests
{
    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    /// <summary>Accepted on 5.9.2017 with a new amount of 30 € after 45.90 € was paid: nothing owed, due 22.9.2017.</summary>
    private static Notice SettledCorrection(Language language) =>
        TestNotices.Invoice(language) with
        {
            Date = new DateOnly(2017, 9, 5),
            Amounts = NoticeAmounts.None,
            DueDate = new DateOnly(2017, 9, 22),
            Details = TestNotices.Invoice(language).Details with { IsCorrection = true },
        };

    [Theory]
    [InlineData(Language.Fi, "Tästä laskusta ei ole maksettavaa", "Alkuperäisen laskun päivämäärä", "korjatun laskun päiväyksestä")]
    [InlineData(Language.Sv, "Det finns inget att betala", "Den ursprungliga fakturans datum", "den rättade fakturans datum")]
    [InlineData(Language.En, "Nothing is due on this invoice", "Original invoice date", "date of this corrected invoice")]
    public void GivenACorrectionPaidInFull_WhenRendered_ThenEveryFormatSaysNothingIsDueAndAsksNoPayment(Language language, string nothingDue, string originalDate, string newTimeLimit)
    {
        var notice = SettledCorrection(language);

        var email = renderer.Render(notice);
        var letter = renderer.RenderLetterHtml(notice);
        var pdf = renderer.RenderLetterPdf(notice);

        foreach (var body in new[] { email.Text, email.Html, letter })
        {
            Assert.Contains(nothingDue, body);
            Assert.Contains(originalDate, body);
            Assert.Contains(newTimeLimit, body);
            Assert.DoesNotContain("123 45672", body); // no payment reference: nothing to pay with it
        }

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.False(EInvoicing.Applies(notice with { Recipient = notice.Recipient with { EInvoice = new EInvoiceAddress("003712345678", "NDEAFIHH") } }));
    }

    [Fact]
    public void GivenACorrectionStillOwed_WhenRendered_ThenItAsksPaymentAndDoesNotSayNothingIsDue()
    {
        var notice = SettledCorrection(Language.Fi) with { Amounts = new NoticeAmounts(Money.Of(30m), Money.Zero, Money.Zero, Money.Of(30m)) };

        var text = renderer.Render(notice).Text;

        Assert.DoesNotContain("Tästä laskusta ei ole maksettavaa", text);
        Assert.Contains("123 45672", text);
        Assert.Contains("Alkuperäisen laskun päivämäärä", text);
    }

    [Fact]
    public void GivenAnOrdinaryInvoice_WhenRendered_ThenItSaysNothingOfACorrection()
    {
        var text = renderer.Render(TestNotices.Invoice()).Text;

        Assert.DoesNotContain("Alkuperäisen laskun", text);
        Assert.DoesNotContain("korjatun laskun päiväyksestä", text);
    }
}
