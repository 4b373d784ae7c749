using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>The seed's worked example (seed 000): June's fees invoiced 25.7.2017, due 11.8.2017.</summary>
public class SeedInvoiceTests
{
    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    [Fact]
    public void GivenSeedInvoice_WhenRenderedInFinnish_ThenItCarriesAmountDueDateReferencesAndBarcode()
    {
        var rendered = renderer.Render(TestNotices.Invoice(Language.Fi));

        Assert.Equal("Lasku 25.7.2017 – Esimerkkilän hyvinvointialue", rendered.Subject);
        foreach (var body in new[] { rendered.Text, rendered.Html })
        {
            Assert.Contains(Expected.Fi("45,90"), body);
            Assert.Contains("11.8.2017", body);
            Assert.Contains(Expected.NationalReference, body);
            Assert.Contains(Expected.CreditorReference, body);
            Assert.Contains(Expected.Iban, body);
            Assert.Contains(Expected.Bic, body);
            Assert.Contains(Expected.SeedInvoiceBarcode, body);
        }
    }

    [Fact]
    public void GivenSeedInvoice_WhenRenderedInEnglish_ThenAmountsAndDatesReadTheEnglishWay()
    {
        var rendered = renderer.Render(TestNotices.Invoice(Language.En));

        Assert.Equal("Invoice 25 July 2017 – Esimerkkilä Wellbeing Services County", rendered.Subject);
        Assert.Contains("€45.90", rendered.Text);
        Assert.Contains("11 August 2017", rendered.Text);
        Assert.Contains(Expected.SeedInvoiceBarcode, rendered.Text);
        Assert.DoesNotContain("45,90", rendered.Text);
    }

    [Fact]
    public void GivenSeedInvoice_WhenRenderedInSwedish_ThenFinnishStyleAmountsAndSwedishWords()
    {
        var rendered = renderer.Render(TestNotices.Invoice(Language.Sv));

        Assert.StartsWith("Faktura 25.7.2017 – Esimerkkilä välfärdsområde", rendered.Subject);
        Assert.Contains(Expected.Fi("45,90"), rendered.Text);
        Assert.Contains("Förfallodag", rendered.Text);
        Assert.Contains("Referensnummer", rendered.Text);
        Assert.Contains("<html lang=\"sv\">", rendered.Html);
    }

    [Fact]
    public void GivenSeedInvoice_WhenRendered_ThenEveryLineIsListedWithItsDateAndAmount()
    {
        var text = renderer.Render(TestNotices.Invoice(Language.Fi)).Text;

        Assert.Contains("TK-VASTAANOTTO", text);
        Assert.Contains("12.6.2017", text);
        Assert.Contains(Expected.Fi("20,90"), text);
        Assert.Contains("KOTIHOITO", text);
        Assert.Contains("2 × " + Expected.Fi("12,50"), text);
        Assert.Contains(Expected.Fi("25,00"), text);
    }

    [Fact]
    public void GivenTheSameNotice_WhenRenderedTwice_ThenTheOutputIsTheSame()
    {
        var first = renderer.Render(TestNotices.Reminder());
        var second = renderer.Render(TestNotices.Reminder());

        Assert.Equal(first, second);
        Assert.Equal(renderer.RenderLetterHtml(TestNotices.Reminder()), renderer.RenderLetterHtml(TestNotices.Reminder()));
    }
}
