using System.Net.Http.Headers;
using System.Text;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// The staff web app as its users meet it, in Chromium against <c>serve</c> on the sample billing file of
/// January 2026 (business time 9.2.2026): each test signs in as the role the flow is for, asserts what the
/// page shows in words, and runs axe-core on every page it reaches. Each test uses its own client, so the
/// tests do not depend on their order.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffWebTests(StaffWebHost host)
{
    private readonly Browser browser = new(host);

    [Fact]
    public void GivenATeamMember_WhenSigningInAndFindingAClient_ThenTheClientsInvoicesAndCeilingAreShown()
    {
        browser.Reset();
        browser.AssertAccessible("the sign-in page");
        browser.Shot("01-sign-in");
        browser.Element(By.CssSelector("label[for='staff-team-anna']")).Click();
        browser.Button("Kirjaudu").Click();
        browser.WaitForHeading("Hae asiakas tai lasku");
        browser.WaitForText("Kirjautuneena: team-anna (asiakasmaksutiimi)");
        browser.AssertAccessible("the find page");

        browser.Button("Hae").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Contains("Kirjoita asiakastunnus tai laskun tunnus.", browser.Text);
        browser.AssertAccessible("the find page with an error");

        // A name's beginning, typed without the Finnish letters, finds the client.
        Browser.Type(browser.Field("Hakusana"), "gunnar hamal");
        browser.Button("Hae").Click();
        browser.WaitForText("Hakutulokset");
        Assert.Contains("Gunnar Hämäläinen", browser.Text);
        browser.AssertAccessible("the search results");
        browser.Shot("02-find");
        browser.Link("C0000001").Click();
        browser.WaitForHeading("Asiakas C0000001");
        browser.WaitForText("Maksukatto 2026");
        Assert.Contains("Asiakkaan laskut", browser.Text);
        Assert.Contains("avoin", browser.Text);
        Assert.Contains("laskutettu", browser.Text);
        Assert.Contains("erääntyy", browser.Text);
        Assert.Contains("Asiakkaalla ei ole alentamispäätöksiä.", browser.Text);
        browser.AssertAccessible("the client page");
        browser.Shot("03-client");
    }

    [Fact]
    public void GivenATeamMember_WhenDeferringWithinTheLimit_ThenTheInvoiceShowsTheNewDueDate()
    {
        browser.SignIn("team-anna");
        var invoiceId = OpenFirstInvoice("C0000005");
        browser.AssertAccessible("the invoice page");
        browser.Shot("04-invoice");
        Assert.Contains("Lähetetyt ilmoitukset", browser.Text);

        browser.Button("Siirrä eräpäivää").Click();
        browser.WaitForHeading("Eräpäivän siirto");
        browser.WaitForText("enintään 3 kuukautta");
        browser.AssertAccessible("the deferral form");

        Browser.Type(browser.Field("Uusi eräpäivä"), "21.3.2026");
        Browser.Type(browser.Field("Perustelu"), "asiakas sairaalassa");
        browser.Button("Siirrä eräpäivä").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Contains("21.3.2026 ei ole pankkipäivä; seuraava pankkipäivä on 23.3.2026.", browser.Text);
        browser.AssertAccessible("the deferral form with an error");
        browser.Shot("05-deferral-error");

        Browser.Type(browser.Field("Uusi eräpäivä"), "23.3.2026");
        browser.Button("Siirrä eräpäivä").Click();
        browser.WaitForText("Eräpäivä siirretty");
        Assert.Contains("Uusi eräpäivä on 23.3.2026.", browser.Text);
        browser.AssertAccessible("the deferral applied");
        browser.Shot("06-deferral-applied");

        browser.Link($"Takaisin laskulle {invoiceId}").Click();
        browser.WaitForHeading($"Lasku {invoiceId}");
        browser.WaitForText("eräpäivän siirto");
        Assert.Contains("team-anna (asiakasmaksutiimi)", browser.Text);
    }

    [Fact]
    public void GivenATeamMember_WhenDeferringBeyondTheLimit_ThenARequestIsSentAndASupervisorApprovesIt()
    {
        browser.SignIn("team-anna");
        var invoiceId = OpenFirstInvoice("C0000006");
        browser.Button("Siirrä eräpäivää").Click();
        browser.WaitForHeading("Eräpäivän siirto");
        Browser.Type(browser.Field("Uusi eräpäivä"), "18.9.2026");
        browser.WaitForText("lomake lähettää siirtopyynnön");
        Browser.Type(browser.Field("Perustelu"), "pitkä sairaalahoito");
        browser.AssertAccessible("the deferral form beyond the limit");
        browser.Shot("07-deferral-request");
        browser.Button("Lähetä siirtopyyntö").Click();
        browser.WaitForText("Siirtopyyntö lähetetty");
        Assert.Contains("Esihenkilö päättää siirrosta päivään 18.9.2026.", browser.Text);

        browser.SignIn("sup-kari");
        browser.Link("Työjonot").Click();
        browser.WaitForHeading("Työjonot");
        browser.WaitForText(invoiceId);
        Assert.Contains("pitkä sairaalahoito", browser.Text);
        browser.AssertAccessible("the work queues");
        browser.Shot("08-queues");
        browser.Element(By.CssSelector($"button[aria-label='Hyväksy pyyntö {invoiceId}']")).Click();
        browser.WaitForText($"Päätös pyynnöstä {invoiceId} on kirjattu: hyväksytty.");
        browser.AssertAccessible("the work queues after a decision");
    }

    [Fact]
    public async Task GivenAChangeByAnother_WhenDeferring_ThenTheNewStateIsShownAndTheRetryAppliesOnIt()
    {
        browser.SignIn("team-anna");
        var invoiceId = OpenFirstInvoice("C0000007");
        browser.Button("Siirrä eräpäivää").Click();
        browser.WaitForHeading("Eräpäivän siirto");
        Browser.Type(browser.Field("Uusi eräpäivä"), "16.3.2026");
        Browser.Type(browser.Field("Perustelu"), "sovittu puhelimessa");

        // Meanwhile a supervisor records a cash-desk payment on the same invoice.
        await PayAsync(invoiceId, "local-supervisor-key-0001", "5.00");

        browser.Button("Siirrä eräpäivä").Click();
        browser.WaitForText("Laskua muutettiin sillä välin");
        Assert.Contains("(versio 2)", browser.Text);
        browser.AssertAccessible("the deferral form after a conflict");
        browser.Shot("09-deferral-conflict");
        browser.Button("Lähetä uudelleen uudella tilalla").Click();
        browser.WaitForText("Eräpäivä siirretty");
        Assert.Contains("Uusi eräpäivä on 16.3.2026.", browser.Text);
    }

    [Fact]
    public void GivenAnAuditor_WhenReadingAnInvoiceAndTryingToDefer_ThenNoActionIsOfferedAndTheRefusalIsInWords()
    {
        browser.SignIn("aud-olli");
        var invoiceId = OpenFirstInvoice("C0000008");
        Assert.Contains("Roolisi saa vain lukea tietoja.", browser.Text);
        Assert.DoesNotContain("Siirrä eräpäivää", browser.Text);

        browser.Open($"invoices/{invoiceId}/deferral");
        browser.WaitForHeading("Eräpäivän siirto");
        browser.WaitForText("Roolisi ei saa siirtää eräpäiviä.");
        Browser.Type(browser.Field("Uusi eräpäivä"), "16.3.2026");
        Browser.Type(browser.Field("Perustelu"), "kokeilu");
        browser.Button("Lähetä siirtopyyntö").Click();
        browser.WaitForText("Sinulla ei ole oikeutta tähän");
        Assert.Contains("Tarkastaja saa vain lukea tietoja.", browser.Text); // the API's reason code in the session's language
        browser.AssertAccessible("a refusal");
        browser.Shot("10-refusal");
        browser.Button("English").Click();
        browser.WaitForText("An auditor may only read.");
        browser.Button("Svenska").Click();
        browser.WaitForText("En granskare får bara läsa uppgifterna.");
        browser.Button("Suomi").Click();
        browser.WaitForHeading("Eräpäivän siirto");

        browser.Link("Lokitiedot").Click();
        browser.WaitForHeading("Lokitiedot");
        browser.WaitForText("Kirjatut toimenpiteet vanhimmasta alkaen");
        browser.AssertAccessible("the audit trail");
        browser.Shot("11-audit");
    }

    [Fact]
    public void GivenAnyPage_WhenSwitchingLanguage_ThenTheTextsAndTheDocumentsLanguageFollow()
    {
        browser.SignIn("team-anna");
        Assert.Equal("fi", browser.Driver.FindElement(By.TagName("html")).GetAttribute("lang"));
        browser.Button("Svenska").Click();
        browser.WaitForHeading("Sök klient eller faktura");
        Assert.Equal("sv", browser.Driver.FindElement(By.TagName("html")).GetAttribute("lang"));
        browser.AssertAccessible("the find page in Swedish");
        browser.Shot("12-find-sv");
        browser.Button("English").Click();
        browser.WaitForHeading("Find a client or an invoice");
        Assert.Equal("en", browser.Driver.FindElement(By.TagName("html")).GetAttribute("lang"));
        browser.Button("Suomi").Click();
        browser.WaitForHeading("Hae asiakas tai lasku");
    }

    [Fact]
    public void GivenOnlyAKeyboard_WhenSigningInFindingAndDeferring_ThenTheDeferralIsApplied()
    {
        browser.Reset();
        var keys = new Actions(browser.Driver);
        browser.Wait(() => Active().Text == "Kirjaudu sisään", "the focus on the heading"); // the app puts it there after each navigation
        browser.Element(By.CssSelector("label[for='staff-team-anna']"));
        TabTo(e => e.Text == "Siirry pääsisältöön", backwards: true);
        keys.SendKeys(Keys.Enter).Perform();
        Assert.Equal("main", Active().TagName);

        TabTo(e => e.GetAttribute("id") == "staff-team-anna");
        keys.SendKeys(Keys.Space).Perform();
        TabTo(e => e.Text == "Kirjaudu");
        keys.SendKeys(Keys.Enter).Perform();
        browser.WaitForHeading("Hae asiakas tai lasku");

        TabTo(e => e.GetAttribute("id") == "query");
        keys.SendKeys("C0000009").SendKeys(Keys.Enter).Perform();
        browser.WaitForText("Hakutulokset");
        TabTo(e => e.Text == "C0000009");
        keys.SendKeys(Keys.Enter).Perform();
        browser.WaitForHeading("Asiakas C0000009");
        browser.WaitForText("Maksukatto 2026");
        TabTo(e => e.TagName == "a" && e.GetAttribute("href")!.Contains("/invoices/", StringComparison.Ordinal));
        var invoiceId = Active().Text;
        keys.SendKeys(Keys.Enter).Perform();
        browser.WaitForHeading($"Lasku {invoiceId}");
        browser.WaitForText("Tapahtumat");

        TabTo(e => e.Text == "Siirrä eräpäivää");
        keys.SendKeys(Keys.Enter).Perform();
        browser.WaitForHeading("Eräpäivän siirto");
        browser.Element(By.Id("newDueDate"));
        TabTo(e => e.GetAttribute("id") == "newDueDate");
        keys.SendKeys("20.3.2026").Perform();
        TabTo(e => e.GetAttribute("id") == "reason");
        keys.SendKeys("näppäimistöllä").Perform();
        TabTo(e => e.Text == "Siirrä eräpäivä");
        keys.SendKeys(Keys.Enter).Perform();
        browser.WaitForText("Eräpäivä siirretty");
        Assert.Contains("Uusi eräpäivä on 20.3.2026.", browser.Text);
        browser.Shot("13-keyboard-deferral");
    }

    [Fact]
    public void GivenATeamMember_WhenRecordingACashDeskPayment_ThenTheBalanceFalls()
    {
        browser.SignIn("team-anna");
        var invoiceId = OpenFirstInvoice("C0000010");
        browser.Button("Kirjaa maksu").Click();
        browser.WaitForHeading("Maksun kirjaus");
        Browser.Type(browser.Field("Summa"), "10,001");
        Browser.Type(browser.Field("Viite tai selite"), "kassa");
        browser.Button("Kirjaa maksu").Click();
        browser.WaitForText("Tarkista seuraavat kohdat");
        Assert.Contains("Anna summa euroina, enintään kaksi desimaalia", browser.Text);
        browser.AssertAccessible("the payment form with an error");

        Browser.Type(browser.Field("Summa"), "10,00");
        browser.Button("Kirjaa maksu").Click();
        browser.WaitForText("Maksu kirjattu");
        Assert.Contains("Kirjattu 10,00 €.", browser.Text);
        browser.AssertAccessible("the payment recorded");
        browser.Shot("15-payment");
        browser.Link($"Takaisin laskulle {invoiceId}").Click();
        browser.WaitForHeading($"Lasku {invoiceId}");
        browser.WaitForText("maksu");
    }

    [Fact]
    public async Task GivenTheBillingOffice_WhenOpeningItsPage_ThenTheImportedFileIsListedWithItsCountsAndAStoppedImportSaysToUploadAgain()
    {
        await host.LogStoppedImportAsync("keskeytynyt-2026-02.csv", 12);
        browser.SignIn("team-anna");
        browser.Link("Laskutustoimisto").Click();
        browser.WaitForHeading("Laskutustoimisto");
        browser.WaitForText("demo-billing-2026-01.csv");
        browser.WaitForText("keskeytynyt-2026-02.csv");
        Assert.Contains("keskeytynyt-2026-02.csv – tuonti keskeytyi: lähetä tiedosto uudelleen", browser.Text);
        Assert.Contains("Luetut laskutusaineistot", browser.Text);
        Assert.Contains("Luetut maksuaineistot", browser.Text);
        browser.AssertAccessible("the billing office");
        browser.Shot("14-billing-office");
        browser.Button("Lataa CSV").Click();
        browser.WaitForText("Hylätyt rivit ladattu tiedostoon demo-billing-2026-01.rejected.csv.");
        var csv = Path.Combine(host.Downloads, "demo-billing-2026-01.rejected.csv");
        browser.Wait(() => File.Exists(csv) && new FileInfo(csv).Length > 0, "the downloaded CSV");
        var lines = File.ReadAllLines(csv);
        Assert.Equal("line_number,column,reason,client_id", lines[0]);
        Assert.Equal(5, lines.Length); // the header and the file's 4 rejected lines

        browser.Link("Työjonot").Click();
        browser.WaitForHeading("Työjonot");
        browser.WaitForText("Ulosottoon 7 päivän sisällä");
        Assert.Contains("Käsittelemättömät oikaisuvaatimukset", browser.Text);
        browser.AssertAccessible("the work queues of a team member");
    }

    /// <summary>Finds <paramref name="clientId"/> and opens the first invoice of its page; returns its id.</summary>
    /// <summary>Opens the client's page and its first invoice; returns the invoice's id.</summary>
    internal static string OpenFirstInvoice(Browser browser, string clientId)
    {
        browser.Open($"clients/{clientId}");
        browser.WaitForHeading($"Asiakas {clientId}");
        browser.WaitForText("Maksukatto");
        var link = browser.Driver.FindElements(By.CssSelector("table a")).First();
        var invoiceId = link.Text;
        link.Click();
        browser.WaitForHeading($"Lasku {invoiceId}");
        browser.WaitForText("Tapahtumat");
        return invoiceId;
    }

    private string OpenFirstInvoice(string clientId)
    {
        browser.Open($"clients/{clientId}");
        browser.WaitForHeading($"Asiakas {clientId}");
        browser.WaitForText("Maksukatto");
        var link = browser.Driver.FindElements(By.CssSelector("table a")).First();
        var invoiceId = link.Text;
        link.Click();
        browser.WaitForHeading($"Lasku {invoiceId}");
        browser.WaitForText("Tapahtumat");
        return invoiceId;
    }

    private IWebElement Active() => browser.Driver.SwitchTo().ActiveElement();

    /// <summary>Presses Tab (Shift+Tab <paramref name="backwards"/>) until the focused element is the one <paramref name="wanted"/> tells (at most 40 times).</summary>
    private void TabTo(Func<IWebElement, bool> wanted, bool backwards = false)
    {
        for (var i = 0; i < 40; i++)
        {
            var press = new Actions(browser.Driver);
            (backwards ? press.KeyDown(Keys.Shift).SendKeys(Keys.Tab).KeyUp(Keys.Shift) : press.SendKeys(Keys.Tab)).Perform();
            if (wanted(Active()))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached the element; the page shows:\n{browser.Text}");
    }

    private Task PayAsync(string invoiceId, string key, string amount) => PayAsync(host, invoiceId, key, amount);

    /// <summary>Records a cash-desk payment through the API with <paramref name="key"/>, as another person would.</summary>
    internal static async Task PayAsync(StaffWebHost host, string invoiceId, string key, string amount)
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/invoices/{invoiceId}/payments")
        {
            Content = new StringContent($$"""{"amount":"{{amount}}","paidOn":"2026-02-09","reference":"cash desk"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var reply = await http.SendAsync(request);
        Assert.True(reply.IsSuccessStatusCode, $"payment: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
    }
}
