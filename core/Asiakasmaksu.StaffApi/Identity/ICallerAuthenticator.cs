using Asiakasmaksu.Domain.Staff;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Identity;

/// <summary>
/// Who is calling. In Azure: App Service authentication's X-MS-CLIENT-PRINCIPAL header
/// (<see cref="AppServicePrincipalAuthenticator"/>); locally: keys configured for the local host
/// only. Null means unauthenticated (401).
/// </summary>
public interface ICallerAuthenticator
{
    /// <summary>The caller, or null when the request carries no valid identity.</summary>
    Actor? Authenticate(HttpContext context);
}
