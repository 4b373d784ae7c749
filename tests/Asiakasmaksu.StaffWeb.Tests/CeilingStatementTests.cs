namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// The payment ceiling statement in the browser: a team member asks for it from the client page; a year
/// without ceiling fees is explained in words, and the year with them queues the notice, whose id is shown.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CeilingStatementTests(StaffWebHost host)
{
    private readonly Browser browser = new(host);

    [Fact]
    public void GivenATeamMember_WhenAskingForTheCeilingStatement_ThenTheNoticeIsQueuedAndAYearWithoutFeesIsExplained()
    {
        browser.SignIn("team-anna");
        browser.Open("clients/C0000108");
        browser.WaitForHeading("Asiakas C0000108");
        browser.WaitForText("Maksukatto 2026");
        browser.Button("Lähetä maksukattotiedote").Click();
        browser.WaitForHeading("Maksukattotiedote");
        browser.WaitForText("palvelu vastaa, ettei katto ole vahvistettu (422)");
        Assert.Equal("2026", browser.Field("Vuosi").GetAttribute("value"));
        browser.AssertAccessible("the ceiling statement form");

        Browser.Type(browser.Field("Vuosi"), "26");
        browser.Button("Lähetä tiedote").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Contains("Anna vuosi neljällä numerolla, 2000–2099.", browser.Text);

        Browser.Type(browser.Field("Vuosi"), "2024");
        browser.Button("Lähetä tiedote").Click();
        browser.WaitForText("Asiakkaalla ei ole tältä vuodelta maksukattoon laskettavia maksuja, joten tiedotettavaa ei ole.");
        Assert.DoesNotContain("the client has no fees toward the payment ceiling", browser.Text); // the API's English words: the form says it in the session's language
        browser.AssertAccessible("the ceiling statement refused");

        Browser.Type(browser.Field("Vuosi"), "2026");
        Browser.Type(browser.Field("Muistiinpano"), "asiakas pyysi puhelimessa");
        browser.Button("Lähetä tiedote").Click();
        browser.WaitForText("Tiedote jonossa");
        Assert.Matches("Vuoden 2026 maksukattotiedote on lähtevien ilmoitusten jonossa: ilmoitus [^ ]+\\.", browser.Text);
        browser.AssertAccessible("the ceiling statement queued");
        browser.Shot("23-ceiling-statement");

        // The page speaks Swedish and English too.
        browser.Button("Svenska").Click();
        browser.WaitForHeading("Besked om avgiftstaket");
        Assert.Contains("Beskedet i kön", browser.Text);
        browser.AssertAccessible("the ceiling statement in Swedish");
        browser.Button("English").Click();
        browser.WaitForHeading("Payment ceiling statement");
        Assert.Contains("The ceiling statement of 2026 is in the outbox", browser.Text);
        browser.Button("Suomi").Click();
        browser.WaitForHeading("Maksukattotiedote");
    }
}
