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
        Browser.Type(browser.Field("Hakusana"), "131052-308T");
        browser.Button("Hae").Click();
        browser.WaitForText("Henkilötunnuksella ei löytynyt asiakasta.");
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
