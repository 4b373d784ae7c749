using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Identity;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Loopback;

/// <summary>
/// The loopback host's caller: <c>Authorization: Bearer KEY</c> with one of the configured keys
/// (<see cref="BearerKeys"/>, as the local host's key authenticator). It never reads
/// X-MS-CLIENT-PRINCIPAL, so a test can show that header is not trusted here.
/// </summary>
public sealed class KeyAuthenticator(IReadOnlyDictionary<string, Actor> keys) : ICallerAuthenticator
{
    private readonly BearerKeys bearer = new(keys);

    /// <inheritdoc/>
    public Actor? Authenticate(HttpContext context) => bearer.Authenticate(context);
}
