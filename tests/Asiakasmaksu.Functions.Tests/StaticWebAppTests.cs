using System.Text.Json;
using Asiakasmaksu.Functions.Http;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>
/// The Static Web App that serves the staff web app in Azure (docs/deploy.md): its configuration
/// (functions/Asiakasmaksu.StaffWeb/wwwroot/staticwebapp.config.json) lets in only the Entra app
/// roles of infra/entra/app-roles.json, asks this app's role source for them, and reads the settings
/// infra writes; the role source answers the app roles of the token's claims and nothing else.
/// </summary>
public sealed class StaticWebAppTests
{
    private static readonly JsonElement Config = Read("functions", "Asiakasmaksu.StaffWeb", "wwwroot", "staticwebapp.config.json");

    private static readonly string[] AppRoles = [.. Read("infra", "entra", "app-roles.json").EnumerateArray().Select(r => r.GetProperty("value").GetString()!)];

    [Fact]
    public void TheRolesSource_IsThisAppsRoleFunction() =>
        Assert.Equal("/api/" + StaticWebAppRoles.Route, Config.GetProperty("auth").GetProperty("rolesSource").GetString());

    [Fact]
    public void EveryRouteButSignIn_NeedsOneOfTheAppRoles_AndOnlyEntraIdSignsIn()
    {
        var all = Config.GetProperty("routes").EnumerateArray().ToList();
        var closed = all.TakeWhile(r => r.TryGetProperty("statusCode", out _)).ToList();
        var routes = all.Skip(closed.Count).ToList();

        Assert.Equal(["/.auth/login/github", "/.auth/login/twitter"], closed.Select(r => r.GetProperty("route").GetString()));
        Assert.All(closed, r => Assert.Equal(404, r.GetProperty("statusCode").GetInt32()));
        Assert.Equal(["/.auth/*", "/api/*", "/*"], routes.Select(r => r.GetProperty("route").GetString()));
        Assert.Equal(["anonymous"], Roles(routes[0]));
        Assert.All(routes.Skip(1), r => Assert.Equal(AppRoles.Order(StringComparer.Ordinal), Roles(r).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void AnUnauthenticatedCall_IsSentToTheEntraSignIn() =>
        Assert.StartsWith("/.auth/login/aad", Config.GetProperty("responseOverrides").GetProperty("401").GetProperty("redirect").GetString(), StringComparison.Ordinal);

    [Fact]
    public void TheAppsRoutes_FallBackToIndexHtml_ButNotItsFilesOrTheApi()
    {
        var fallback = Config.GetProperty("navigationFallback");

        Assert.Equal("/index.html", fallback.GetProperty("rewrite").GetString());
        Assert.Subset(fallback.GetProperty("exclude").EnumerateArray().Select(e => e.GetString()).ToHashSet(), new HashSet<string?> { "/_framework/*", "/api/*" });
    }

    [Fact]
    public void TheEntraProvider_ReadsTheSettingsInfraWrites_AndTheTenantIsFilledInAtPublish()
    {
        var registration = Config.GetProperty("auth").GetProperty("identityProviders").GetProperty("azureActiveDirectory").GetProperty("registration");
        var bicep = File.ReadAllText(Path.Combine(DocPages.RepositoryRoot, "infra", "app", "static-web-app.bicep"));

        Assert.Contains($"{registration.GetProperty("clientIdSettingName").GetString()}: ", bicep, StringComparison.Ordinal);
        Assert.Contains($"{registration.GetProperty("clientSecretSettingName").GetString()}: ", bicep, StringComparison.Ordinal);
        Assert.Equal("https://login.microsoftonline.com/__AUTH_TENANT_ID__/v2.0", registration.GetProperty("openIdIssuer").GetString());
        Assert.Contains("__AUTH_TENANT_ID__", DocPages.Text("deploy.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"claims":[{"typ":"roles","val":"team"},{"typ":"roles","val":"supervisor"}]}""", "team,supervisor")]
    [InlineData("""{"claims":[{"typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role","val":"Director"},{"typ":"roles","val":"director"}]}""", "director")]
    [InlineData("""{"claims":[{"typ":"roles","val":"auditor"},{"typ":"name","val":"team"},{"typ":"roles","val":"system"},{"typ":"roles","val":"admin"}]}""", "auditor")]
    [InlineData("""{"identityProvider":"aad","userId":"x","claims":[]}""", "")]
    [InlineData("""{"claims":"roles"}""", "")]
    [InlineData("""{"claims":[1,null,{"typ":"roles"},{"typ":"roles","val":7}]}""", "")]
    [InlineData("""[]""", "")]
    public void TheRoleSource_AnswersTheAppRolesOfTheClaims(string body, string roles)
    {
        using var document = JsonDocument.Parse(body);

        Assert.Equal(roles.Split(',', StringSplitOptions.RemoveEmptyEntries), StaticWebAppRoles.RolesOf(document.RootElement));
    }

    [Fact]
    public void TheSearchKey_ComesFromKeyVault()
    {
        var functions = File.ReadAllText(Path.Combine(DocPages.RepositoryRoot, "infra", "app", "functions.bicep"));

        Assert.Contains("Asiakasmaksu__Search__PersonalIdentityKey: '@Microsoft.KeyVault(SecretUri=${searchPersonalIdentityKeySecretUri})'", functions, StringComparison.Ordinal);
    }

    private static IEnumerable<string?> Roles(JsonElement route) => route.GetProperty("allowedRoles").EnumerateArray().Select(r => r.GetString());

    private static JsonElement Read(params string[] path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine([DocPages.RepositoryRoot, .. path])));
        return document.RootElement.Clone();
    }
}
