using System.Text;
using System.Text.Json;
using Asiakasmaksu.Domain.Staff;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Identity;

/// <summary>
/// Reads the caller from Azure Static Web Apps, which serves the staff web app and forwards
/// <c>/api/*</c> to the linked Functions app: the <c>x-ms-client-principal</c> header, base64 JSON
/// <c>{identityProvider, userId, userDetails, userRoles: [...]}</c> (not App Service's
/// <c>{auth_typ, claims}</c>, and without the token's claims). The staff id is <c>userId</c>, the
/// Static Web Apps id of the person (stable, and no name); the role is the highest of the app
/// roles among <c>userRoles</c>, which the rolesSource function took from the Entra token's
/// <c>roles</c> claim (<c>anonymous</c> and <c>authenticated</c> are ignored). Anything
/// malformed is nobody (401), never an exception; nothing is logged.
/// </summary>
public sealed class StaticWebAppsPrincipalAuthenticator : ICallerAuthenticator
{
    /// <summary>The header Static Web Apps sets on the requests it forwards to the linked backend.</summary>
    public const string Header = "x-ms-client-principal";

    private const int MostChars = 32_768;

    /// <inheritdoc/>
    public Actor? Authenticate(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Headers.TryGetValue(Header, out var values) || values.Count != 1 || values[0] is not { Length: > 0 and < MostChars } encoded)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("userId", out var userId) || userId.ValueKind != JsonValueKind.String || userId.GetString()?.Trim() is not { Length: > 0 } id
                || !root.TryGetProperty("userRoles", out var userRoles) || userRoles.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var names = userRoles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString());
            return AppRoles.Highest(names) is { } role ? new Actor(id, role) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}
