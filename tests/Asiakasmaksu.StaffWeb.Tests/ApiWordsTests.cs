using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// The API's own words (the English <c>detail</c> of a 400, 409 or 422, shown untranslated) follow a sentence in the
/// chosen language that says what happened, and are inside an element with lang="en" so that a screen reader says
/// them in English (WCAG 3.1.2): next to the field and in the error summary, in the 409's notice, and in the problem
/// box. What the API refuses here is a free text holding a henkilötunnus (the forms send it; the API names the field)
/// and a search longer than it takes. Each test uses its own client.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiWordsTests(StaffWebHost host)
{
    private const string NotAccepted = "Tietoja ei hyväksytty. Palvelun vastaus (englanniksi):";
    private const string NotFitting = "Pyyntö ei sopinut nykyiseen tilanteeseen. Palvelun vastaus (englanniksi):";
    private const string HasCode = "contains a henkilötunnus";
    private const string Code = "131052-308T"; // a henkilötunnus of nobody (FindTests)
    private readonly Browser browser = new(host);

    [Fact]
    public async Task GivenTextsTheApiRefusesAndAPaymentMeanwhile_WhenSearchingPayingAndRecordingAClaim_ThenTheApisWordsFollowAFinnishSentenceMarkedAsEnglish()
    {
        browser.SignIn("team-anna");
        Browser.Type(browser.Field("Hakusana"), new string('a', 201));
        browser.Button("Hae").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        AssertApiWords(browser.Element(By.CssSelector(".hds-error-summary li")), NotAccepted, "q must be one text of 1–200 characters");
        browser.AssertAccessible("the find page with the API's words");

        var invoiceId = FormSteps.OpenFirstInvoice(browser, "C0000121");
        browser.Button("Kirjaa maksu").Click();
        browser.WaitForHeading("Maksun kirjaus");
        Browser.Type(browser.Field("Summa"), "5,00");
        Browser.Type(browser.Field("Viite tai selite"), $"kassa {Code}");
        browser.Button("Kirjaa maksu").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        AssertFieldError("reference", "Viite tai selite", "reference " + HasCode);
        browser.AssertAccessible("the payment form with the API's words on a field");

        browser.Open($"invoices/{invoiceId}");
        browser.WaitForHeading($"Lasku {invoiceId}");
        browser.Button("Kirjaa oikaisuvaatimus").Click();
        browser.WaitForHeading("Oikaisuvaatimuksen kirjaus");
        Browser.Type(browser.Field("Saapumispäivä"), "9.2.2026");
        Browser.Type(browser.Field("Muistiinpano"), $"soitti {Code}");
        browser.Button("Kirjaa oikaisuvaatimus").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        AssertFieldError("note", "Muistiinpano", "note " + HasCode);
        browser.AssertAccessible("the claim form with the API's words on a field");

        Browser.Type(browser.Field("Muistiinpano"), "kirje 9.2.");
        await FormSteps.PayAsync(host, invoiceId, "local-supervisor-key-0001", "5.00");
        browser.Button("Kirjaa oikaisuvaatimus").Click();
        browser.WaitForText("Laskua muutettiin sillä välin");
        AssertApiWords(browser.Element(By.CssSelector(".hds-notification--alert[role='alert'] .hds-notification__body p")), NotFitting, "it is at version 2");
        Assert.Contains("(versio 2)", browser.Text);
        browser.AssertAccessible("the claim form after a conflict, with the API's words");
    }

    [Fact]
    public void GivenAnExpenseTheApiRefuses_WhenASupervisorDecides_ThenTheProblemBoxGivesTheApisWordsAfterASentenceInTheChosenLanguage()
    {
        browser.SignIn("sup-kari");
        browser.Open("clients/C0000124");
        browser.WaitForHeading("Asiakas C0000124");
        browser.WaitForText("Maksukatto");
        browser.Button("Asiakasmaksun alentamishakemus").Click();
        browser.WaitForHeading("Asiakasmaksun alentamishakemus");
        Browser.Type(browser.Field("Hakemuksen saapumispäivä"), "17.3.2020");
        Browser.Type(browser.Field("Tulo 1: euroa kuukaudessa"), "1250,00");
        new SelectElement(browser.Element(By.Id("expense-kind-1"))).SelectByValue("not_accepted");
        Browser.Type(browser.Field("Meno 1: euroa kuukaudessa"), "25,00");
        Browser.Type(browser.Field("Meno 1: mikä se on"), $"lasku {Code}");
        Browser.Type(browser.Field("Maksu 1: palvelukoodi"), "KOTIHOITO");
        Browser.Type(browser.Field("Maksu 1: euroa kuukaudessa"), "310,40");
        Browser.Type(browser.Field("Päättäjän perustelu"), "hakemus liitteineen");
        browser.WaitForText("Tulos:");
        browser.Button("Tee päätös").Click();
        browser.Wait(() => Problem().Text.Contains("Tieto ei kelpaa", StringComparison.Ordinal), "the problem box");
        AssertApiWords(Problem().FindElement(By.CssSelector(".hds-notification__body p")), NotAccepted, HasCode);
        browser.AssertAccessible("the fee-reduction form refused in the API's words");

        // In English the sentence does not say the words are English; they are still marked so.
        browser.Button("English").Click();
        browser.WaitForHeading("Fee-reduction application");
        AssertApiWords(Problem().FindElement(By.CssSelector(".hds-notification__body p")), "The details were not accepted. The service's answer:", HasCode);
        Assert.DoesNotContain("(in English)", browser.Text);
        browser.Button("Suomi").Click();
        browser.WaitForHeading("Asiakasmaksun alentamishakemus");
    }

    /// <summary>The API's words on <paramref name="fieldId"/>: next to it (its aria-describedby names them) and in the error summary.</summary>
    private void AssertFieldError(string fieldId, string label, string words)
    {
        var error = browser.Element(By.Id($"{fieldId}-error"));
        AssertApiWords(error, NotAccepted, words);
        Assert.Contains($"{fieldId}-error", browser.Field(label).GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("true", browser.Field(label).GetAttribute("aria-invalid"));
        AssertApiWords(browser.Element(By.CssSelector($".hds-error-summary a[href='#{fieldId}']")), NotAccepted, words);
    }

    /// <summary><paramref name="shown"/> begins with <paramref name="lead"/>, then the API's <paramref name="words"/> inside an element with lang="en" (and only them).</summary>
    private static void AssertApiWords(IWebElement shown, string lead, string words)
    {
        Assert.StartsWith(lead + " ", shown.Text, StringComparison.Ordinal);
        var english = shown.FindElements(By.CssSelector("[lang='en']"));
        Assert.Single(english);
        Assert.Contains(words, english[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(lead, english[0].Text, StringComparison.Ordinal);
        Assert.Equal(lead + " " + english[0].Text, shown.Text);
    }

    private IWebElement Problem() => browser.Element(By.CssSelector(".hds-notification--error[role='alert']"));
}
