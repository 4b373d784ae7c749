using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// The fee-reduction application (734/1992 11 §) in the browser: the calculation is shown line by line as the
/// figures are typed (the domain's calculator, in the browser) and a supervisor decides; a team member sees the
/// calculation, a refusal for savings above the limit and an unconfirmed year, but not the decision.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FeeReductionTests(StaffWebHost host)
{
    private readonly Browser browser = new(host);

    [Fact]
    public void GivenASupervisor_WhenFillingInAnApplication_ThenTheCalculationIsShownLineByLineAndTheDecisionIsMade()
    {
        browser.SignIn("sup-kari");
        OpenForm("C0000106");
        FillIn("1200");
        browser.WaitForText("Tulos: maksut alennetaan ajalle 1.3.2020–28.2.2021: KOTIHOITO 310,40 € → 127,79 €.");
        // 1 250,00 − 620,00 − 502,21 (the basic amount of 2020) = 127,79; the hobby is not counted.
        Assert.Contains("Eläke (hakija) 1250,00 €", browser.Text);
        Assert.Contains("Ei hyväksytä (harrastus, 25,00 €), ei lasketa (hakija) 0,00 €", browser.Text);
        Assert.Contains("Suojaosa: toimeentulotuen perusosa, yksin asuva 502,21 €", browser.Text);
        Assert.Contains("Asiakasmaksuihin jää (tulot − menot − suojaosa) 127,79 €", browser.Text);
        browser.AssertAccessible("the fee-reduction form with its calculation");
        var table = browser.Element(By.CssSelector("caption"));
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'start'});", table);
        browser.Shot("21-fee-reduction");

        browser.Button("Tee päätös").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Contains("Kirjoita perustelu.", browser.Text);
        Browser.Type(browser.Field("Päättäjän perustelu"), "hakemus 17.3.2020 liitteineen");
        browser.Button("Tee päätös").Click();
        browser.WaitForText("Päätös tehty");
        Assert.Matches("Päätös fr-[^:]+: alennettu. Päätösilmoitus fee-reduction-fr-[^ ]+ lähtee asiakkaalle", browser.Text);
        Assert.Contains("Palvelun laskelma, jolla päätös tehtiin", browser.Text);
        Assert.Contains("Tulos: maksut alennetaan ajalle 1.3.2020–28.2.2021: KOTIHOITO 310,40 € → 127,79 €.", browser.Text);
        browser.AssertAccessible("the fee-reduction decision");
        browser.Shot("22-fee-reduction-decided");

        browser.Link("Asiakkaan C0000106 laskut").Click();
        browser.WaitForHeading("Asiakas C0000106");
        browser.WaitForText("KOTIHOITO 310,40 € → 127,79 €");
    }

    [Fact]
    public void GivenATeamMember_WhenFillingInAnApplication_ThenTheCalculationShowsButOnlyASupervisorDecides()
    {
        browser.SignIn("team-anna");
        OpenForm("C0000107");
        FillIn("5000");
        browser.WaitForText("Tulos: hakemus hylätään. Säästöt 5000,00 € ylittävät rajan");
        Assert.Contains("Alentamisesta päättää esihenkilö tai johtaja. Roolisi (asiakasmaksutiimi) voi katsoa laskelman, mutta ei tehdä päätöstä.", browser.Text);
        Assert.DoesNotContain("Tee päätös", browser.Text);
        browser.AssertAccessible("the fee-reduction form of a team member");

        // The protected amounts of 2026 are not confirmed: the calculation says so, in the rule's words.
        Browser.Type(browser.Field("Hakemuksen saapumispäivä"), "2.2.2026");
        browser.WaitForText("Tulos: laskelmaa ei voi tehdä.");
        Assert.Contains("the protected amount for 2026", browser.Text);
        browser.AssertAccessible("the fee-reduction form without a calculation");
    }

    private void OpenForm(string clientId)
    {
        browser.Open($"clients/{clientId}");
        browser.WaitForHeading($"Asiakas {clientId}");
        browser.WaitForText("Maksukatto");
        browser.Button("Asiakasmaksun alentamishakemus").Click();
        browser.WaitForHeading("Asiakasmaksun alentamishakemus");
        browser.WaitForText("Täytä hakemuksen tiedot, niin laskelma näkyy tässä.");
    }

    /// <summary>The application of the API's example (docs/staff-api.md, "Fee reductions"), with <paramref name="savings"/>.</summary>
    private void FillIn(string savings)
    {
        Browser.Type(browser.Field("Hakemuksen saapumispäivä"), "17.3.2020");
        Select("income-kind-1", "pension");
        Browser.Type(browser.Field("Tulo 1: euroa kuukaudessa"), "1250,00");
        Select("expense-kind-1", "rent");
        Browser.Type(browser.Field("Meno 1: euroa kuukaudessa"), "620,00");
        browser.Button("Lisää meno").Click();
        Select("expense-kind-2", "not_accepted");
        Browser.Type(browser.Field("Meno 2: euroa kuukaudessa"), "25,00");
        Browser.Type(browser.Field("Meno 2: mikä se on"), "harrastus");
        Browser.Type(browser.Field("Säästöt"), savings);
        Browser.Type(browser.Field("Maksu 1: palvelukoodi"), "KOTIHOITO");
        Select("fee-kind-1", "social_care");
        Browser.Type(browser.Field("Maksu 1: euroa kuukaudessa"), "310,40");
    }

    private void Select(string id, string value) => new SelectElement(browser.Element(By.Id(id))).SelectByValue(value);
}
