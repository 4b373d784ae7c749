using OpenQA.Selenium;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// Status messages a screen reader hears (WCAG 4.1.3) and where the focus goes (2.4.3): the live region of the
/// work queues, the invoice's notices and the billing office is in the page before its message appears (the same
/// element carries the message after); a decided deferral request's row goes away and the focus moves to the
/// decision; a notice whose file is not kept and a download that fails are shown as errors, not as successes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StatusMessageTests(StaffWebHost host)
{
    private readonly Browser browser = new(host);

    [Fact]
    public void GivenAPendingRequest_WhenASupervisorRejectsIt_ThenTheDecisionIsAnnouncedInTheLiveRegionAndTakesTheFocus()
    {
        browser.SignIn("team-anna");
        var invoiceId = FormSteps.OpenFirstInvoice(browser, "C0000012");
        browser.Button("Siirrä eräpäivää").Click();
        browser.WaitForHeading("Eräpäivän siirto");
        Browser.Type(browser.Field("Uusi eräpäivä"), "18.9.2026");
        Browser.Type(browser.Field("Perustelu"), "kuntoutusjakso");
        browser.Button("Lähetä siirtopyyntö").Click();
        browser.WaitForText("Siirtopyyntö lähetetty");

        browser.SignIn("sup-kari");
        browser.Link("Työjonot").Click();
        browser.WaitForHeading("Työjonot");
        browser.WaitForText(invoiceId);
        var region = browser.Driver.FindElement(By.Id("decision-outcome"));
        Assert.Equal("status", region.GetAttribute("role"));
        Assert.Equal(string.Empty, region.Text);
        var reject = browser.Element(By.CssSelector($"button[aria-label='Hylkää pyyntö {invoiceId}']"));
        reject.Click();
        var decided = $"Päätös pyynnöstä {invoiceId} on kirjattu: hylätty.";
        browser.WaitForText(decided);
        Assert.Contains(decided, region.Text); // the region that was there before: not a new one
        Assert.Empty(browser.Driver.FindElements(By.CssSelector($"button[aria-label='Hylkää pyyntö {invoiceId}']")));
        browser.Wait(() => browser.Driver.SwitchTo().ActiveElement().GetAttribute("id") == "decision-outcome", "the focus on the decision");
        browser.AssertAccessible("the work queues after a rejection");
    }

    [Fact]
    public void GivenANoticeWhoseFileIsNotKept_WhenOpeningIt_ThenAnErrorSaysSoAndNoSuccessIsShown()
    {
        browser.SignIn("aud-olli");
        var invoiceId = FormSteps.OpenFirstInvoice(browser, "C0000013");
        browser.WaitForText("kirje"); // the invoice went out as a PDF letter when it was imported
        var letters = Directory.EnumerateFiles(host.NoticesFolder, $"*{invoiceId}-*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(letters);
        letters.ForEach(File.Delete);
        var region = browser.Driver.FindElement(By.Id("notice-outcome"));
        Assert.Equal("status", region.GetAttribute("role"));

        browser.Button("Avaa").Click();
        var error = browser.Element(By.CssSelector(".hds-notification--error[role='alert']"));
        browser.Wait(() => error.Text.Contains("Ilmoituksen tiedostoa ei ole tallessa.", StringComparison.Ordinal), "the error saying no copy is kept");
        Assert.Contains("Ei löytynyt", error.Text);
        Assert.Equal(string.Empty, region.Text);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector(".hds-notification--success")));
        browser.AssertAccessible("the invoice whose notice file is not kept");
    }

    [Fact]
    public void GivenTheRejectedLinesCannotBeRead_WhenDownloadingThem_ThenTheProblemIsShownAndTheLiveRegionWasThere()
    {
        browser.SignIn("team-anna");
        browser.Link("Laskutustoimisto").Click();
        browser.WaitForHeading("Laskutustoimisto");
        browser.WaitForText("demo-billing-2026-01.csv");
        var region = browser.Driver.FindElement(By.Id("download-outcome"));
        Assert.Equal("status", region.GetAttribute("role"));
        using (browser.Unanswered("*/rejected-lines*"))
        {
            browser.Element(By.CssSelector("button[aria-label='Lataa CSV: tiedoston demo-billing-2026-01.csv hylätyt rivit']")).Click();
            browser.WaitForText("Palvelu ei vastannut");
        }

        Assert.Contains("Yhteys katkesi, tai kirjautumisesi on vanhentunut.", browser.Text);
        Assert.Equal(string.Empty, region.Text);
        Assert.DoesNotContain("Hylätyt rivit ladattu", browser.Text);
        browser.AssertAccessible("the billing office after a failed download");

        browser.Element(By.CssSelector("button[aria-label='Lataa CSV: tiedoston demo-billing-2026-01.csv hylätyt rivit']")).Click();
        browser.WaitForText("Hylätyt rivit ladattu tiedostoon demo-billing-2026-01.rejected.csv.");
        Assert.Contains("Hylätyt rivit ladattu", region.Text);
        Assert.DoesNotContain("Palvelu ei vastannut", browser.Text);
    }
}
