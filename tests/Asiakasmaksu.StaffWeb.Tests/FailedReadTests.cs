using OpenQA.Selenium;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// A read of the API that fails is shown as a problem in its own section, never as an empty list: the work
/// queues' four reads, the client page's ceiling and fee reductions and the billing office's two lists, each left
/// without an answer in the browser (<see cref="Browser.Unanswered"/>) while the rest of the page comes from the real host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FailedReadTests(StaffWebHost host)
{
    private const string Unanswered = "Palvelu ei vastannut";
    private readonly Browser browser = new(host);

    [Fact]
    public void GivenTheWorkQueuesReadsFail_WhenASupervisorOpensThem_ThenEachSectionShowsTheProblemAndNoneSaysItIsEmpty()
    {
        browser.SignIn("sup-kari");
        using (browser.Unanswered("*/api/deferral-requests?*", "*/api/work/enforcement?*", "*/api/work/rectification-claims?*", "*/api/payments/unmatched?*"))
        {
            browser.Open("queues");
            browser.WaitForHeading("Työjonot");
            browser.Wait(() => Problems().Count == 4, "a problem in each of the four queues");
        }

        Assert.All(Problems(), p => Assert.Contains(Unanswered, p.Text));
        Assert.DoesNotContain("Ei odottavia siirtopyyntöjä.", browser.Text);
        Assert.DoesNotContain("Yksikään lasku ei ole menossa ulosottoon lähipäivinä.", browser.Text);
        Assert.DoesNotContain("Ei käsittelemättömiä oikaisuvaatimuksia.", browser.Text);
        Assert.DoesNotContain("Ei kohdistamattomia maksuja.", browser.Text);
        browser.AssertAccessible("the work queues whose reads failed");
        browser.Shot("24-queues-failed");
    }

    [Fact]
    public void GivenTheCeilingAndFeeReductionReadsFail_WhenOpeningTheClient_ThenBothSectionsShowTheProblemAndTheInvoicesAreListed()
    {
        browser.SignIn("team-anna");
        using (browser.Unanswered("*/api/clients/C0000011/ceiling?*", "*/api/clients/C0000011/fee-reductions?*"))
        {
            browser.Open("clients/C0000011");
            browser.WaitForHeading("Asiakas C0000011");
            browser.Wait(() => Problems().Count == 2, "a problem under the ceiling and under the fee reductions");
        }

        Assert.All(Problems(), p => Assert.Contains(Unanswered, p.Text));
        Assert.Contains("Maksukatto 2026", browser.Text);
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("table a[href^='/invoices/']")));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("dl.facts"))); // no ceiling, accrued or remaining from a read that failed
        Assert.DoesNotContain("Asiakkaalla ei ole alentamispäätöksiä.", browser.Text);
        Assert.DoesNotContain("Lähetä maksukattotiedote", browser.Text); // nothing to state from a ceiling not read
        browser.AssertAccessible("the client page whose ceiling and fee reductions failed");
    }

    [Fact]
    public void GivenTheBillingAndPaymentFilesReadsFail_WhenOpeningTheBillingOffice_ThenEachSectionShowsTheProblemAndNoneSaysNoneWereRead()
    {
        browser.SignIn("team-anna");
        using (browser.Unanswered("*/api/billing-files?*", "*/api/payment-files?*"))
        {
            browser.Open("billing");
            browser.WaitForHeading("Laskutustoimisto");
            browser.Wait(() => Problems().Count == 2, "a problem under the billing files and under the payment files");
        }

        Assert.All(Problems(), p => Assert.Contains(Unanswered, p.Text));
        Assert.DoesNotContain("Laskutusaineistoja ei ole luettu.", browser.Text);
        Assert.DoesNotContain("Maksuaineistoja ei ole luettu.", browser.Text);
        browser.AssertAccessible("the billing office whose reads failed");
    }

    private List<IWebElement> Problems() =>
        [.. browser.Driver.FindElements(By.CssSelector(".hds-notification--error[role='alert']")).Where(e => e.Displayed)];
}
