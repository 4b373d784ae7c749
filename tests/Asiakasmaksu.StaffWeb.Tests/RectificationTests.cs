using OpenQA.Selenium;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// Rectification claims in the browser: a team member records one (its time limit shown, a day in the future
/// refused in words), sees why they cannot decide it, and a supervisor decides it from the work queue; a claim
/// sent after someone else changed the invoice gets the new state and is recorded on it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RectificationTests(StaffWebHost host)
{
    private readonly Browser browser = new(host);

    [Fact]
    public void GivenATeamMember_WhenRecordingAClaim_ThenItIsRecordedAndASupervisorDecidesItFromTheQueue()
    {
        browser.SignIn("team-anna");
        var invoiceId = FormSteps.OpenFirstInvoice(browser, "C0000101");
        browser.Button("Kirjaa oikaisuvaatimus").Click();
        browser.WaitForHeading("Oikaisuvaatimuksen kirjaus");
        // Invoice date 30.1.2026, presumed received on the 7th day (6.2.2026), 30 days from then.
        browser.WaitForText("Oikaisuvaatimus tehdään 30 päivän kuluessa tiedoksisaannista. Lasku katsotaan saaduksi 7. päivänä laskun päivästä 30.1.2026 eli 6.2.2026, joten määräaika päättyy 8.3.2026.");
        browser.AssertAccessible("the rectification claim form");
        browser.Shot("16-claim");

        Browser.Type(browser.Field("Saapumispäivä"), "10.2.2026");
        browser.Button("Kirjaa oikaisuvaatimus").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Contains("Saapumispäivä ei voi olla tulevaisuudessa (tänään on 9.2.2026).", browser.Text);
        browser.AssertAccessible("the rectification claim form with an error");

        Browser.Type(browser.Field("Saapumispäivä"), "5.2.2026");
        browser.WaitForText("Saapunut määräajassa.");
        Browser.Type(browser.Field("Muistiinpano"), "kirje 5.2.");
        browser.Button("Kirjaa oikaisuvaatimus").Click();
        browser.WaitForText("Oikaisuvaatimus kirjattu");
        Assert.Matches("Vaatimus rc-[^ ]+, saapunut 5.2.2026, määräajassa. Perintä on keskeytetty", browser.Text);
        browser.AssertAccessible("the claim recorded");

        browser.Link("Oikaisuvaatimuksen päätös").Click();
        browser.WaitForHeading("Oikaisuvaatimuksen päätös");
        browser.WaitForText("Roolisi (asiakasmaksutiimi) ei voi päättää siitä");
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("form")));
        browser.AssertAccessible("the decision page of a team member");

        browser.SignIn("sup-kari");
        browser.Link("Työjonot").Click();
        browser.WaitForHeading("Työjonot");
        browser.Button($"Päätä laskun {invoiceId} oikaisuvaatimuksesta").Click();
        browser.WaitForHeading("Oikaisuvaatimuksen päätös");
        browser.WaitForText("Hyväksytään uudella summalla: summa voi vain pienentyä (alle 63,90 €)");
        Assert.Contains("5.2.2026 – määräajassa", browser.Text);
        var choices = browser.Element(By.CssSelector("fieldset"));
        Assert.Equal("choice-helper", choices.GetAttribute("aria-describedby"));
        browser.Button("Tallenna päätös").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Equal("choice-error choice-helper", choices.GetAttribute("aria-describedby")); // the error is read with the choice
        Assert.Equal("Valitse päätös.", browser.Element(By.Id("choice-error")).Text);
        browser.Element(By.CssSelector("label[for='choice-amount']")).Click();
        Browser.Type(browser.Field("Uusi summa"), "63,90");
        Browser.Type(browser.Field("Perustelut"), "hoitopäiviä laskutettu liikaa");
        browser.Button("Tallenna päätös").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Contains("Anna uusi summa euroina (enintään kaksi desimaalia), yli 0 ja alle 63,90 €.", browser.Text);
        browser.AssertAccessible("the decision form with an error");

        Browser.Type(browser.Field("Uusi summa"), "41,10");
        browser.Button("Tallenna päätös").Click();
        browser.WaitForText("Päätös kirjattu");
        browser.Shot("17-claim-decision");
        Assert.Matches("Vaatimus rc-[^ ]+ hyväksytty: uusi summa 41,10 €, uusi eräpäivä [0-9.]+, saldo 41,10 €.", browser.Text);
        browser.AssertAccessible("the decision recorded");
    }

    [Fact]
    public async Task GivenAPaymentMeanwhile_WhenRecordingAClaim_ThenTheNewStateIsShownAndTheRetryRecordsIt()
    {
        browser.SignIn("team-anna");
        var invoiceId = FormSteps.OpenFirstInvoice(browser, "C0000102");
        browser.Button("Kirjaa oikaisuvaatimus").Click();
        browser.WaitForHeading("Oikaisuvaatimuksen kirjaus");
        Browser.Type(browser.Field("Saapumispäivä"), "9.2.2026");

        await FormSteps.PayAsync(host, invoiceId, "local-supervisor-key-0001", "5.00");

        browser.Button("Kirjaa oikaisuvaatimus").Click();
        browser.WaitForText("Laskua muutettiin sillä välin");
        Assert.Contains("it is at version 2", browser.Text);
        Assert.Contains("(versio 2)", browser.Text);
        browser.AssertAccessible("the claim form after a conflict");
        browser.Button("Lähetä uudelleen uudella tilalla").Click();
        browser.WaitForText("Oikaisuvaatimus kirjattu");
        Assert.Contains("saapunut 9.2.2026, määräajassa", browser.Text);
    }
}
