using System.Text.Json;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>
/// Sign-in when the app is served by Azure Static Web Apps (docs/deploy.md): Entra ID through the
/// platform's <c>/.auth/login/aad</c> and <c>/.auth/logout</c>, who is signed in from <c>/.auth/me</c>
/// (<c>{"clientPrincipal": {...} | null}</c>), and no key: the platform's cookie goes with every
/// <c>/api</c> call. The local host has no <c>/.auth/me</c> (it answers the app's index.html), so
/// there the app keeps the local key choice.
/// </summary>
public static class StaticWebAppsSignIn
{
    /// <summary>Where Static Web Apps signs out (and back to the app's root, which asks to sign in again).</summary>
    public const string LogoutPath = "/.auth/logout?post_logout_redirect_uri=/";

    /// <summary>Where Static Web Apps signs in with Entra ID, coming back to <paramref name="returnPath"/> (relative to the app's root).</summary>
    public static string LoginPath(string? returnPath) =>
        "/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString("/" + (returnPath ?? string.Empty).TrimStart('/'));

    /// <summary>
    /// Asks <c>/.auth/me</c>: null when the app is not served by Static Web Apps; otherwise whether
    /// someone is signed in to the platform (their staff id and role come from <c>GET /api/me</c>).
    /// </summary>
    public static async Task<bool?> SignedInAsync(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            using var response = await http.GetAsync(".auth/me");
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) != true)
            {
                return null;
            }

            using var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return me.RootElement.ValueKind == JsonValueKind.Object && me.RootElement.TryGetProperty("clientPrincipal", out var principal)
                ? principal.ValueKind == JsonValueKind.Object
                : null;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException)
        {
            return null;
        }
    }
}
