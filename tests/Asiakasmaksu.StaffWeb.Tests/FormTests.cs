using OpenQA.Selenium;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// The payment plan, cancellation and waiver forms and the notices sent, each as the role its flow is
/// for, on the sample of January 2026 (business time 9.2.2026): what the page shows in words before and
/// after sending, axe-core on every page reached, a screenshot of each for docs/staff-ui.md. Each test
/// uses its own client.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormTests(StaffWebHost host)
{
    private readonly Browser browser = new(host);

    [Fact]
    public void GivenATeamMember_WhenAgreeingAPlan_ThenTheLimitIsShownTooLongOrSinglePlansAreRefusedAndThreeInstallmentsSumToTheCent()
    {
        browser.SignIn("team-anna");
        var invoiceId = StaffWebTests.OpenFirstInvoice(browser, "C0000016");
        browser.Link("Sovi maksusuunnitelma").Click();
        browser.WaitForHeading("Maksusuunnitelma");
        // Invoiced 9.2.2026, due 26.2.2026 (+ 14 days + 3 bank days): a team member's plan ends by 26.5.2026.
        browser.WaitForText("Roolisi (asiakasmaksutiimi) saa sopia maksusuunnitelman, jossa on vähintään 2 erää ja viimeinen erä viimeistään 26.5.2026 (3 kuukautta päivästä 26.2.2026).");
        Assert.Contains("jakojäännöksen sentit lisätään ensimmäisiin eriin, yksi sentti kuhunkin", browser.Text);
        browser.AssertAccessible("the payment plan form");

        Browser.Type(browser.Field("Erien määrä"), "1");
        Browser.Type(browser.Field("Ensimmäinen eräpäivä"), "9.3.2026");
        Browser.Type(browser.Field("Perustelu"), "sovittu puhelimessa");
        browser.Button("Sovi maksusuunnitelma").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Contains("Roolisi saa sopia vain vähintään 2 erän suunnitelman; yhden erän suunnitelmasta päättää esihenkilö tai johtaja.", browser.Text);

        Browser.Type(browser.Field("Erien määrä"), "5");
        browser.Button("Sovi maksusuunnitelma").Click();
        browser.WaitForText("Viimeinen erä 9.7.2026 on roolisi rajan 26.5.2026 jälkeen");
        browser.AssertAccessible("the payment plan form with errors");

        // 170,30 € in three: 56,77 + 56,77 + 56,76; 9.5.2026 is a Saturday, so the third falls on Monday 11.5.
        Browser.Type(browser.Field("Erien määrä"), "3");
        browser.WaitForText("Erät yhteensä 170,30 €.");
        var rows = browser.Driver.FindElements(By.CssSelector("#installments tbody tr")).Select(r => r.Text).ToList();
        Assert.Equal(["1 9.3.2026 56,77 €", "2 9.4.2026 56,77 €", "3 11.5.2026 56,76 €"], rows);
        browser.Shot("16-payment-plan");
        browser.Button("Sovi maksusuunnitelma").Click();
        browser.WaitForText("Maksusuunnitelma sovittu");
        Assert.Contains("3 erää, ensimmäinen 9.3.2026; saldo 170,30 €.", browser.Text);
        browser.AssertAccessible("the payment plan agreed");
        browser.Link($"Takaisin laskulle {invoiceId}").Click();
        browser.WaitForHeading($"Lasku {invoiceId}");
        browser.WaitForText("maksusuunnitelma");
    }

    [Fact]
    public async Task GivenAPaymentByAnother_WhenAgreeingAPlan_ThenTheNewStateIsShownAndTheRetrySplitsTheNewBalance()
    {
        browser.SignIn("sup-kari");
        var invoiceId = StaffWebTests.OpenFirstInvoice(browser, "C0000020");
        browser.Link("Sovi maksusuunnitelma").Click();
        browser.WaitForHeading("Maksusuunnitelma");
        browser.WaitForText("Roolisi (esihenkilö) saa sopia maksusuunnitelman, jonka viimeinen erä on viimeistään 9.2.2027 (12 kuukautta tästä päivästä).");
        Browser.Type(browser.Field("Erien määrä"), "2");
        Browser.Type(browser.Field("Ensimmäinen eräpäivä"), "9.3.2026");
        Browser.Type(browser.Field("Perustelu"), "sovittu kirjeitse");
        browser.WaitForText("Erät yhteensä 52,90 €.");

        // Meanwhile a team member records a cash-desk payment of 10,00 € on the same invoice.
        await StaffWebTests.PayAsync(host, invoiceId, "local-team-key-0001", "10.00");

        browser.Button("Sovi maksusuunnitelma").Click();
        browser.WaitForText("Laskua muutettiin sillä välin");
        Assert.Contains("saldo 42,90 € (versio 2)", browser.Text);
        browser.AssertAccessible("the payment plan form after a conflict");
        browser.Button("Lähetä uudelleen uudella tilalla").Click();
        browser.WaitForText("Maksusuunnitelma sovittu");
        Assert.Contains("2 erää, ensimmäinen 9.3.2026; saldo 42,90 €.", browser.Text);
    }

    [Fact]
    public void GivenATeamMemberThenASupervisor_WhenCancelling_ThenTheRulesAreShownAndTheSupervisorCancelsTheErroneousInvoice()
    {
        browser.SignIn("team-anna");
        var invoiceId = StaffWebTests.OpenFirstInvoice(browser, "C0000018");
        browser.Link("Peru lasku tai siirto").Click();
        browser.WaitForHeading("Laskun tai siirron peruutus");
        browser.WaitForText("Roolisi (asiakasmaksutiimi) ei saa perua laskua virheellisenä.");
        Assert.False(browser.Driver.FindElement(By.Id("kind-invoice")).Enabled);
        browser.AssertAccessible("the cancellation form");
        browser.Element(By.CssSelector("label[for='kind']")).Click();
        Browser.Type(browser.Field("Selvitys"), "siirretty perintään vahingossa");
        browser.Button("Lähetä peruutus").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Contains("Laskua ei ole siirretty perintään (vaihe: laskutettu).", browser.Text);
        browser.AssertAccessible("the cancellation form with its rule");
        browser.Shot("17-cancellation-rules");

        browser.SignIn("sup-kari");
        browser.Open($"invoices/{invoiceId}/cancellation");
        browser.WaitForHeading("Laskun tai siirron peruutus");
        browser.WaitForText("Saatava päättyy kuten perinnästä luovuttaessa");
        browser.Element(By.CssSelector("label[for='kind-invoice']")).Click();
        Browser.Type(browser.Field("Selvitys"), "palvelua ei annettu");
        browser.Button("Lähetä peruutus").Click();
        browser.WaitForText("Peruutus kirjattu");
        Assert.Contains("Laskun tila nyt: peruttu", browser.Text);
        browser.AssertAccessible("the cancellation recorded");
        browser.Shot("18-cancellation");
    }

    [Fact]
    public void GivenASupervisorThenADirector_WhenWaiving_ThenTheSupervisorSeesWhyNotAndTheDirectorWaives()
    {
        browser.SignIn("sup-kari");
        var invoiceId = StaffWebTests.OpenFirstInvoice(browser, "C0000019");
        browser.Link("Luovu perinnästä").Click();
        browser.WaitForHeading("Perinnästä luopuminen");
        browser.WaitForText("Roolisi (esihenkilö) ei saa luopua perinnästä: vain johtaja voi.");
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("form button[type='submit']")));
        browser.AssertAccessible("the waiver form for a supervisor");
        browser.Shot("19-waiver-not-yours");

        browser.SignIn("dir-liisa");
        browser.Open($"invoices/{invoiceId}/waiver");
        browser.WaitForHeading("Perinnästä luopuminen");
        browser.WaitForText("Vain johtaja voi päättää luopua voimassa olevan laskun perinnästä. Saatava 27,70 € päättyy");
        Browser.Type(browser.Field("Perustelu"), "perintä kohtuutonta");
        browser.Button("Luovu perinnästä").Click();
        browser.WaitForText("Perinnästä luovuttu");
        Assert.Contains("Laskun tila nyt: perinnästä luovuttu", browser.Text);
        browser.AssertAccessible("the waiver recorded");
        browser.Shot("20-waiver");
    }

    [Fact]
    public void GivenAnAuditor_WhenReadingAnInvoicesNotices_ThenTheLetterSentIsListedAndOpens()
    {
        browser.SignIn("aud-olli");
        StaffWebTests.OpenFirstInvoice(browser, "C0000015");
        browser.WaitForText("Lähetetyt ilmoitukset");
        browser.WaitForText("kirje"); // the invoice went out as a PDF letter when it was imported
        var row = browser.Driver.FindElements(By.CssSelector("table tbody tr")).First(r => r.Text.Contains("lasku", StringComparison.Ordinal));
        Assert.Contains("9.2.2026", row.Text);
        Assert.Contains("26.2.2026", row.Text);
        Assert.Contains("kirje", row.Text);
        browser.AssertAccessible("the invoice with its notices");
        browser.Shot("21-notices");
        var windows = browser.Driver.WindowHandles.Count;
        browser.Button("Avaa").Click();
        browser.Wait(() => browser.Text.Contains("avattiin uudessa välilehdessä", StringComparison.Ordinal) || browser.Text.Contains("tallennettiin tiedostoon", StringComparison.Ordinal), "the notice opened");
        if (browser.Driver.WindowHandles.Count > windows)
        {
            var main = browser.Driver.CurrentWindowHandle;
            browser.Driver.SwitchTo().Window(browser.Driver.WindowHandles.Last());
            Assert.StartsWith("blob:", browser.Driver.Url, StringComparison.Ordinal);
            browser.Driver.Close();
            browser.Driver.SwitchTo().Window(main);
        }

        Assert.Contains("-0001.pdf", browser.Text);
    }
}
