using System.Text;
using System.Text.Json;
using Asiakasmaksu.Domain.Staff;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Identity;

/// <summary>
/// Reads the caller from App Service authentication (Entra ID): the <c>X-MS-CLIENT-PRINCIPAL</c>
/// header, base64 JSON <c>{auth_typ, claims:[{typ, val}], name_typ, role_typ}</c>, which App Service
/// sets after validating the token and strips from incoming requests. The staff id is the object
/// id claim (or the name); the role is the highest of the app roles team, supervisor, director,
/// auditor. Only the Azure app uses this; the local host never accepts the header.
/// </summary>
public sealed class AppServicePrincipalAuthenticator : ICallerAuthenticator
{
    /// <summary>The header App Service sets.</summary>
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <inheritdoc/>
    public Actor? Authenticate(HttpContext context)
    {
        if (!context.Request.Headers.TryGetValue(Header, out var values) || values.Count != 1 || values[0] is not { Length: > 0 and < 32_768 } encoded)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
            var root = document.RootElement;
            var roleType = root.TryGetProperty("role_typ", out var rt) && rt.ValueKind == JsonValueKind.String ? rt.GetString() : "roles";
            var nameType = root.TryGetProperty("name_typ", out var nt) && nt.ValueKind == JsonValueKind.String ? nt.GetString() : "name";
            string? objectId = null, name = null;
            var roles = new List<string?>();
            foreach (var claim in root.GetProperty("claims").EnumerateArray())
            {
                var type = claim.GetProperty("typ").GetString();
                var value = claim.GetProperty("val").GetString();
                if (type == ObjectIdClaim || type == "oid")
                {
                    objectId = value;
                }
                else if (type == nameType)
                {
                    name = value;
                }
                else if (type == roleType || type == "roles")
                {
                    roles.Add(value);
                }
            }

            var id = objectId ?? name;
            return id is null || AppRoles.Highest(roles) is not { } role ? null : new Actor(id, role);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
