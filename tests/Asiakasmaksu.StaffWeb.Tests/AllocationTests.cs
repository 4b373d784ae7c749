using OpenQA.Selenium;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// Allocating a bank payment no invoice took, in the browser: a KTL file with a reference no invoice has is
/// applied beside serve; a team member opens it from the work queue, finds the invoice by its id, confirms,
/// and sees the invoice's balance fall.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AllocationTests(StaffWebHost host)
{
    private readonly Browser browser = new(host);

    /// <summary>One 25,00 € payment of 9.2.2026 with the reference 12345614, which no invoice has (record 0, one record 3, record 9; 90 characters a line).</summary>
    private static readonly string Ktl = string.Join('\n', new[]
    {
        "02602090930011234567891",
        "3" + "12345600000785" + "260209" + "260209" + "2602090009990001" + "00000000000012345614" + "MAKSAJA     " + "1" + "A" + "0000002500" + "0" + "A" + " ",
        "9" + "000001" + "00000002500" + new string('0', 17),
    }.Select(line => line.PadRight(90))) + "\n";

    [Fact]
    public async Task GivenAnUnmatchedPayment_WhenATeamMemberAllocatesItFromTheQueue_ThenTheInvoiceTakesIt()
    {
        await FormSteps.PaymentsAsync(host, "viitteet-2026-02-09.txt", Ktl);
        browser.SignIn("team-anna");
        browser.Open("clients/C0000105");
        browser.WaitForHeading("Asiakas C0000105");
        browser.WaitForText("Maksukatto");
        var invoiceId = browser.Driver.FindElements(By.CssSelector("table a")).First().Text;

        browser.Link("Työjonot").Click();
        browser.WaitForHeading("Työjonot");
        browser.Button("Kohdista maksu 25,00 € (9.2.2026, viite 12345614)").Click();
        browser.WaitForHeading("Maksun kohdistus");
        browser.WaitForText("se kattaa ensin kulut, sitten koron ja viimeiseksi pääoman");
        Assert.Equal("12345614", browser.Field("Viitenumero tai laskun tunnus").GetAttribute("value"));
        browser.Button("Hae laskua").Click();
        browser.WaitForText("Haulla ei löytynyt laskua.");
        Assert.Single(browser.Driver.FindElements(By.CssSelector("#search-outcome[role='status'] p")));
        browser.AssertAccessible("the allocation form without hits");

        // A search that gets no answer shows the problem, never "no invoice found".
        using (browser.Unanswered("*/api/search?*"))
        {
            browser.Button("Hae laskua").Click();
            browser.WaitForText("Palvelu ei vastannut");
        }

        Assert.DoesNotContain("Haulla ei löytynyt laskua.", browser.Text);
        Assert.Equal(string.Empty, browser.Driver.FindElement(By.Id("search-outcome")).Text);

        Browser.Type(browser.Field("Viitenumero tai laskun tunnus"), invoiceId);
        browser.Button("Hae laskua").Click();
        browser.WaitForText($"Lasku {invoiceId}: avoin, laskutettu, saldo tänään 164,40 €.");
        browser.AssertAccessible("the allocation form with the invoice chosen");
        var confirm = browser.Button($"Vahvista: kohdista 25,00 € laskulle {invoiceId}");
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'end'});", confirm);
        browser.Shot("20-allocation");
        confirm.Click();
        browser.WaitForText("Maksu kohdistettu");
        Assert.Contains($"25,00 € kohdistettu laskulle {invoiceId} (team-anna). Laskun saldo nyt 139,40 €.", browser.Text);
        browser.AssertAccessible("the payment allocated");

        browser.Link("Työjonot").Click();
        browser.WaitForHeading("Työjonot");
        browser.WaitForText("Kohdistamattomat pankkimaksut");
        Assert.DoesNotContain("Kohdista maksu 25,00 €", browser.Text);
    }
}
