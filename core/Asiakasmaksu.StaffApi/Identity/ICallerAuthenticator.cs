using Asiakasmaksu.Domain.Staff;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Identity;

/// <summary>
/// Who is calling. In Azure: the x-ms-client-principal header Static Web Apps forwards to its linked
/// Functions app (<see cref="StaticWebAppsPrincipalAuthenticator"/>), or App Service authentication's
/// (<see cref="AppServicePrincipalAuthenticator"/>); locally: keys configured for the local host
/// only. Null means unauthenticated (401).
/// </summary>
public interface ICallerAuthenticator
{
    /// <summary>The caller, or null when the request carries no valid identity.</summary>
    Actor? Authenticate(HttpContext context);
}
