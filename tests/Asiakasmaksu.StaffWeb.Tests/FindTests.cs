using OpenQA.Selenium;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>The find page keeps its help text's promise: a henkilötunnus searched is neither kept in the box nor shown back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FindTests(StaffWebHost host)
{
    private readonly Browser browser = new(host);

    [Fact]
    public void GivenAHenkilotunnusOfNoClient_WhenSearching_ThenTheBoxIsClearedAndTheMessageSaysHenkilotunnusNotTheCode()
    {
        browser.SignIn("team-anna");
        var box = browser.Field("Hakusana");
        var outcome = browser.Driver.FindElement(By.CssSelector("#find-outcome[role='status']")); // in the page before any search, so that its result is announced
        Assert.Equal(string.Empty, outcome.Text);
        Browser.Type(box, "131052-308T");
        browser.Button("Hae").Click();
        browser.WaitForText("Henkilötunnuksella ei löytynyt asiakasta.");
        Assert.Equal("Henkilötunnuksella ei löytynyt asiakasta.", outcome.Text); // the same region, its text changed
        Assert.Equal(string.Empty, browser.Field("Hakusana").GetDomProperty("value"));
        Assert.DoesNotContain("131052", browser.Text);
        Assert.DoesNotContain("131052", browser.Driver.PageSource);
        browser.AssertAccessible("the find page after a henkilötunnus found nobody");

        // Any other text is shown back, as before.
        Browser.Type(browser.Field("Hakusana"), "C0009999");
        browser.Button("Hae").Click();
        browser.WaitForText("Haulla ”C0009999” ei löytynyt asiakasta eikä laskua.");
        Assert.Equal("C0009999", browser.Field("Hakusana").GetDomProperty("value"));
    }
}
