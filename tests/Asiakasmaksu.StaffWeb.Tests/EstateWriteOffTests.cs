using OpenQA.Selenium;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// The estate write-off in the browser: the client's open invoices are listed with what they owe before
/// confirming, a missing note is refused in words, and once confirmed the workflow writes them off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EstateWriteOffTests(StaffWebHost host)
{
    private readonly Browser browser = new(host);

    [Fact]
    public void GivenATeamMember_WhenWritingOffAnEstate_ThenTheOpenInvoicesAreListedFirstAndWrittenOff()
    {
        browser.SignIn("team-anna");
        browser.Open("clients/C0000103");
        browser.WaitForHeading("Asiakas C0000103");
        browser.WaitForText("Maksukatto");
        var invoiceId = browser.Driver.FindElements(By.CssSelector("table a")).First().Text;
        browser.Button("Kuolinpesän laskujen poisto").Click();
        browser.WaitForHeading("Kuolinpesän laskujen poisto");
        browser.WaitForText("Poistettavat avoimet laskut (1)");
        Assert.Contains(invoiceId, browser.Text);
        Assert.Contains("118,30 €", browser.Text); // 114,00 € day care and 4,30 € transport, nothing more owed yet
        Assert.Contains("kaikki asiakkaan avoimet laskut poistetaan", browser.Text);
        browser.AssertAccessible("the estate write-off form");
        browser.Shot("18-estate-write-off");

        Browser.Type(browser.Field("Perunkirjoituksen päivä"), "2.2.2026");
        browser.Button("Vahvista: poista 1 avointa laskua (118,30 €)").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Contains("Kirjoita, mitä perunkirjoituksesta todettiin.", browser.Text);
        browser.AssertAccessible("the estate write-off form with an error");

        Browser.Type(browser.Field("Mitä perunkirjoituksesta todettiin"), "ei varoja");
        browser.Button("Vahvista: poista 1 avointa laskua (118,30 €)").Click();
        browser.WaitForText("Kuolinpesän poisto käynnistetty");
        Assert.Contains("1 avointa laskua poistetaan perunkirjoituksen 2.2.2026 perusteella", browser.Text);
        browser.AssertAccessible("the estate write-off started");
        browser.Shot("19-estate-write-off-started");

        // The workflow writes the invoice off: the client's page shows it (read again until it does).
        browser.Wait(
            () =>
            {
                browser.Open("clients/C0000103");
                browser.WaitForText("Maksukatto");
                return browser.Text.Contains("poistettu (kuolinpesä)", StringComparison.Ordinal);
            },
            "the invoice written off on the client's page");
    }

    [Fact]
    public void GivenAnAuditor_WhenOpeningTheEstateWriteOffByItsAddress_ThenTheRefusalIsInWords()
    {
        browser.SignIn("aud-olli");
        browser.Open("clients/C0000104");
        browser.WaitForHeading("Asiakas C0000104");
        browser.WaitForText("Maksukatto");
        Assert.DoesNotContain("Kuolinpesän laskujen poisto", browser.Text);

        browser.Open("clients/C0000104/estate-write-off");
        browser.WaitForText("Poistettavat avoimet laskut (1)");
        Browser.Type(browser.Field("Perunkirjoituksen päivä"), "2.2.2026");
        Browser.Type(browser.Field("Mitä perunkirjoituksesta todettiin"), "kokeilu");
        browser.Element(By.CssSelector("form button[type='submit']")).Click();
        browser.WaitForText("Sinulla ei ole oikeutta tähän");
        Assert.Contains("Tarkastaja saa vain lukea tietoja.", browser.Text); // the API's reason code in the session's language
        Assert.DoesNotContain("an auditor reads only", browser.Text);
        browser.AssertAccessible("the estate write-off refused");
    }
}
