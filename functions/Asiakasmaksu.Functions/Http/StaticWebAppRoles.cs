using System.Text.Json;
using Asiakasmaksu.Domain.Staff;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Asiakasmaksu.Functions.Http;

/// <summary>
/// The Static Web App's role source (<c>auth.rolesSource</c> in the staff web app's
/// staticwebapp.config.json): after each Entra ID sign-in, Static Web Apps posts the user's claims
/// <c>{identityProvider, userId, userDetails, claims: [{typ, val}], accessToken}</c> here and gives the
/// user the roles answered, <c>{"roles": [...]}</c>. They are the staff app roles
/// (infra/entra/app-roles.json) of the token's <c>roles</c> claims, nothing else, so who may do what is
/// decided by the role assignments in Entra ID. Static Web Apps refuses outside calls of this route;
/// the answer is only ever the caller's own claims filtered, so it grants nothing by itself. Nothing
/// of the body is logged.
/// </summary>
public sealed class StaticWebAppRoles
{
    /// <summary>The route under <c>/api</c>, as staticwebapp.config.json names it.</summary>
    public const string Route = "auth/roles";

    private const int MostBytes = 256 * 1024;

    private static readonly string[] RoleClaimTypes = ["roles", "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"];

    /// <summary>POST /api/auth/roles: the app roles of the signed-in user's claims.</summary>
    [Function(nameof(StaticWebAppRoles))]
    public static async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is > MostBytes)
        {
            return new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            return new JsonResult(new { roles = RolesOf(body.RootElement) });
        }
        catch (JsonException)
        {
            return new BadRequestResult();
        }
    }

    /// <summary>The staff app roles (lower case, each once, in role order) among the role claims of a rolesSource body.</summary>
    public static IReadOnlyList<string> RolesOf(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var roles = new SortedSet<StaffRole>();
        foreach (var claim in claims.EnumerateArray())
        {
            if (claim.ValueKind == JsonValueKind.Object
                && claim.TryGetProperty("typ", out var type) && type.ValueKind == JsonValueKind.String && RoleClaimTypes.Contains(type.GetString(), StringComparer.OrdinalIgnoreCase)
                && claim.TryGetProperty("val", out var value) && value.ValueKind == JsonValueKind.String
                && StaffRoleNames.TryParse(value.GetString(), out var role))
            {
                roles.Add(role);
            }
        }

        return [.. roles.Select(r => r.Name())];
    }
}
