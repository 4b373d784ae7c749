using System.Text;
using Asiakasmaksu.Domain;
using UglyToad.PdfPig;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>The free card, its revocation and the ceiling statement, in fi/sv/en, as text, HTML and PDF letter.</summary>
public class CeilingNoticeTests
{
    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    [Theory]
    [InlineData(Language.Fi, "Vapaakortti", "Vuoden 2024 maksukattonne 762,00 € on täyttynyt. Saatte vapaakortin, joka on voimassa 3.2.2024 alkaen vuoden 2024 loppuun.", "aiemmin lähetetyn vapaakortin, jonka alkamispäivä oli 10.1.2024")]
    [InlineData(Language.Sv, "Frikort", "Ert avgiftstak 762,00 € för år 2024 har nåtts. Ni får ett frikort som gäller från 3.2.2024 till slutet av år 2024.", "det tidigare frikortet som gällde från 10.1.2024")]
    [InlineData(Language.En, "Free card", "Your payment ceiling of €762.00 for 2024 has been reached. You receive a free card, valid from 3 February 2024 to the end of 2024.", "the start date 10 January 2024")]
    public void GivenAFreeCard_ThenEveryFormSaysTheYearTheCeilingAndTheStartDate(Language language, string title, string text, string replaces)
    {
        var notice = TestNotices.FreeCard(language);

        var email = renderer.Render(notice);
        var pdf = PdfText(renderer.RenderLetterPdf(notice));

        Assert.Contains(title, email.Subject, StringComparison.Ordinal);
        foreach (var body in new[] { email.Text, email.Html, pdf })
        {
            var flat = TestFormat.Flat(body);
            Assert.Contains(text, flat, StringComparison.Ordinal);
            Assert.Contains(replaces, flat, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GivenARevocation_ThenItSaysWhichCardAndWhatHasAccruedAndRemains()
    {
        var text = TestFormat.Flat(renderer.Render(TestNotices.FreeCardRevoked()).Text);

        Assert.Contains("Vuoden 2024 vapaakorttinne, joka oli voimassa 3.2.2024 alkaen, ei ole enää voimassa", text, StringComparison.Ordinal);
        Assert.Contains("Maksukattoa on nyt kertynyt 400,00 €, ja sen täyttymiseen puuttuu 362,00 €.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAStatement_ThenEachLineShowsDateServiceWhoseBilledChargedAndAccrued()
    {
        var email = renderer.Render(TestNotices.CeilingStatement());

        foreach (var body in new[] { email.Text, email.Html })
        {
            var flat = TestFormat.Flat(body);
            Assert.Contains("Vapaakortti on voimassa 3.2.2024 alkaen vuoden loppuun.", flat, StringComparison.Ordinal);
            foreach (var cell in new[] { "3.2.2024", "LAITOSHOITO", "A-1002", "500,00 €", "412,20 €", "362,00 €" })
            {
                Assert.Contains(cell, flat, StringComparison.Ordinal);
            }
        }

        Assert.Matches(@"3\.2\.2024 +LAITOSHOITO +A-1002 +500,00 € +412,20 € +362,00 €", email.Text.Replace("\u00A0", " ", StringComparison.Ordinal));
    }

    private static string PdfText(byte[] pdf)
    {
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
