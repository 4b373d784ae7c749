using OpenQA.Selenium;

namespace Asiakasmaksu.StaffWeb.Tests;

/// <summary>
/// The app as Azure Static Web Apps serves it (docs/deploy.md, "The staff web app"): the browser's
/// <c>fetch</c> answers <c>/.auth/me</c> as the platform does (and, where a test says so,
/// <c>/api/me</c> as the API does for a signed-in person), the rest is the local host. The app then
/// offers Entra ID sign-in instead of the key choice, sends no key, signs out through the platform, and
/// says so when an expired session makes the platform turn the API's answers into a sign-in redirect.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticWebAppsSignInTests(StaffWebHost host)
{
    private const string SignedIn = """{"clientPrincipal":{"identityProvider":"aad","userId":"d75b260a64504067bfc5b2905e3b8182","userDetails":"staff@example.fi","userRoles":["anonymous","authenticated","team"]}}""";

    private readonly Browser browser = new(host);

    [Fact]
    public void GivenSomeoneTheApiRefuses_WhenOpeningAPage_ThenTheEntraSignInIsOfferedWithoutALoop()
    {
        using var platform = Platform(SignedIn, me: null);
        browser.Open("queues");

        browser.WaitForHeading("Kirjaudu sisään");
        var signIn = browser.Link("Kirjaudu Entra ID -tunnuksella");
        Assert.EndsWith("/.auth/login/aad?post_login_redirect_uri=%2F", signIn.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("/.auth/logout?post_logout_redirect_uri=/", browser.Link("Kirjaudu ulos Entra ID:stä").GetAttribute("href"), StringComparison.Ordinal);
        Assert.DoesNotContain("Tai anna avain", browser.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(".auth/logout", browser.Driver.Url, StringComparison.Ordinal);
        browser.AssertAccessible("the Entra ID sign-in page");
        browser.Shot("20-entra-sign-in");

        // Straight to the sign-in page: the API is asked once more, and its refusal is said in words.
        browser.Open("sign-in?return=queues");
        browser.WaitForText("Palvelu ei hyväksynyt kirjautumista");
        Assert.EndsWith("/.auth/login/aad?post_login_redirect_uri=%2Fqueues", browser.Link("Kirjaudu Entra ID -tunnuksella").GetAttribute("href"), StringComparison.Ordinal);
        browser.AssertAccessible("the Entra ID sign-in page with a refusal");
    }

    [Fact]
    public void GivenAStaffMemberSignedInToThePlatform_WhenSigningOut_ThenThePlatformSignsThemOut()
    {
        using var platform = Platform(SignedIn, me: """{"staffId":"d75b260a64504067bfc5b2905e3b8182","role":"team","today":"2026-02-09","tariffWarning":null}""");
        browser.Open("sign-in?return=queues");

        browser.WaitForText("Kirjautuneena: d75b260a64504067bfc5b2905e3b8182 (asiakasmaksutiimi)");
        Assert.EndsWith("/queues", browser.Driver.Url, StringComparison.Ordinal);
        Assert.Equal(0L, ((IJavaScriptExecutor)browser.Driver).ExecuteScript("return window.__bearerSent;"));

        browser.Button("Kirjaudu ulos").Click();
        browser.Wait(() => browser.Driver.Url.Contains("/.auth/logout?post_logout_redirect_uri=/", StringComparison.Ordinal), "the platform's sign-out");
    }

    [Fact]
    public void GivenASessionThatExpired_WhenAPageCallsTheApi_ThenItSaysSoAndOffersToSignInAgain()
    {
        using var platform = Platform(SignedIn, me: """{"staffId":"d75b260a64504067bfc5b2905e3b8182","role":"team","today":"2026-02-09","tariffWarning":null}""");
        browser.Open("sign-in?return=queues");
        browser.WaitForText("Kirjautuneena: d75b260a64504067bfc5b2905e3b8182 (asiakasmaksutiimi)");

        // The platform now answers API calls by redirecting them to the identity provider: a fetch cannot follow that.
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript("window.__signInExpired = true;");
        browser.Link("Laskutustoimisto").Click();

        browser.WaitForText("Yhteys katkesi, tai kirjautumisesi on vanhentunut.");
        Assert.EndsWith("/sign-in", browser.Link("Kirjaudu uudelleen").GetAttribute("href"), StringComparison.Ordinal);
        Assert.False(browser.Driver.FindElement(By.Id("blazor-error-ui")).Displayed);
        browser.AssertAccessible("an expired session");
    }

    /// <summary>
    /// Until disposed, every page the browser opens answers <c>/.auth/me</c> with <paramref name="principal"/>
    /// and, when <paramref name="me"/> is given, <c>/api/me</c> with it; it counts calls that carry a key.
    /// </summary>
    private Stub Platform(string principal, string? me)
    {
        // No key of an earlier test left in the tab: with one the app is on the local host's sign-in.
        browser.Open("sign-in");
        ((IJavaScriptExecutor)host.Driver).ExecuteScript("sessionStorage.clear();");
        var script = $$"""
            (() => {
              const real = window.fetch.bind(window);
              window.__bearerSent = 0;
              const answer = body => Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
              window.fetch = (input, init) => {
                const url = new URL(typeof input === 'string' ? input : input.url, location.href);
                const headers = new Headers((init && init.headers) || (typeof input === 'string' ? undefined : input.headers));
                if (headers.has('Authorization')) { window.__bearerSent++; }
                if (window.__signInExpired && url.pathname.startsWith('/api/')) { return Promise.reject(new TypeError('Failed to fetch')); }
                if (url.pathname === '/.auth/me') { return answer({{Js(principal)}}); }
                const me = {{(me is null ? "null" : Js(me))}};
                if (url.pathname === '/api/me' && me !== null) { return answer(me); }
                return real(input, init);
              };
            })();
            """;
        var added = host.Driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new() { ["source"] = script });
        var identifier = Assert.IsType<Dictionary<string, object>>(added)["identifier"];
        return new Stub(() => host.Driver.ExecuteCdpCommand("Page.removeScriptToEvaluateOnNewDocument", new() { ["identifier"] = identifier }));
    }

    private static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>Removes the stub when disposed.</summary>
    private sealed class Stub(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
