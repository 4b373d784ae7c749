using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>Act 734/1992 2 a §: an invoice says whether each fee counts toward the annual ceiling and carries rectification instructions.</summary>
public class InvoiceLegalTextTests
{
    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    [Theory]
    [InlineData(Language.Fi, "kerryttää", "ei kerrytä", "Tämän laskun maksuista kerryttää maksukattoa 20,90\u00A0€.")]
    [InlineData(Language.Sv, "räknas in", "räknas inte in", "Av avgifterna på denna faktura räknas 20,90\u00A0€ in i avgiftstaket.")]
    [InlineData(Language.En, "counts", "does not count", "Of the fees on this invoice, €20.90 counts toward the payment ceiling.")]
    public void GivenAnInvoice_WhenRendered_ThenEachLineSaysWhetherItCountsTowardTheCeiling(Language language, string counts, string doesNotCount, string sum)
    {
        var rendered = renderer.Render(TestNotices.Invoice(language));

        foreach (var body in new[] { rendered.Text, rendered.Html })
        {
            var visit = Line(body, "TK-VASTAANOTTO");
            var homeCare = Line(body, "KOTIHOITO");
            Assert.Contains(counts, visit);
            Assert.DoesNotContain(doesNotCount, visit);
            Assert.Contains(doesNotCount, homeCare);
            Assert.Contains(sum, body);
            Assert.Contains("734/1992", body);
        }
    }

    [Fact]
    public void GivenAnInvoiceWhereNothingCounts_WhenRendered_ThenItSaysSo()
    {
        var notice = TestNotices.Invoice();
        notice = notice with { Details = notice.Details with { Lines = [notice.Details.Lines[1]] } };

        var text = renderer.Render(notice).Text;

        Assert.Contains("Tämän laskun maksut eivät kerrytä maksukattoa.", text);
    }

    [Theory]
    [InlineData(Language.Fi, "Oikaisuvaatimusohje", "30 päivän kuluessa", "seitsemäntenä päivänä laskun päiväyksestä", "2\u00A0a\u00A0§")]
    [InlineData(Language.Sv, "Anvisning för rättelseyrkande", "inom 30 dagar", "sjunde dagen efter fakturans datum", "2\u00A0a\u00A0§")]
    [InlineData(Language.En, "How to request a rectification", "within 30 days", "seventh day after the invoice date", "sections\u00A02\u00A0a")]
    public void GivenAnInvoice_WhenRendered_ThenItCarriesRectificationInstructionsWithTheAuthoritysAddress(Language language, string heading, string timeLimit, string presumedNotification, string section)
    {
        var rendered = renderer.Render(TestNotices.Invoice(language));
        var authority = IssuerProfile.Example.RectificationAuthority.In(language);

        foreach (var body in new[] { rendered.Text, rendered.Html })
        {
            Assert.Contains(heading, body);
            Assert.Contains(timeLimit, body);
            Assert.Contains(presumedNotification, body);
            Assert.Contains(section, body);
            Assert.Contains(authority, body);
            Assert.Contains("Kirjaamo, PL 100", body);
            Assert.Contains("00099 Esimerkkilä", body);
        }
    }

    [Fact]
    public void GivenAReminder_WhenRendered_ThenItCarriesNoRectificationInstructions()
    {
        var text = renderer.Render(TestNotices.Reminder()).Text;

        Assert.DoesNotContain("Oikaisuvaatimusohje", text);
    }

    [Fact]
    public void GivenACorrectedInvoice_WhenRendered_ThenItIsTitledSoAndNamesTheEarlierInvoice()
    {
        var notice = TestNotices.Invoice();
        notice = notice with { Date = new DateOnly(2017, 8, 20), Details = notice.Details with { IsCorrection = true } };

        var rendered = renderer.Render(notice);

        Assert.StartsWith("Korjattu lasku 20.8.2017", rendered.Subject);
        Assert.Contains("korvaa aiemman laskun (25.7.2017)", TestFormat.Flat(rendered.Text));
        Assert.Contains("Oikaisuvaatimusohje", rendered.Text);
    }

    private static string Line(string body, string marker)
    {
        var at = body.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{marker}' not found");
        var end = body.IndexOf('\n', at);
        return body[at..(end < 0 ? body.Length : end)];
    }
}
