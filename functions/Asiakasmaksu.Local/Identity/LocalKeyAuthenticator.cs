using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Identity;

namespace Asiakasmaksu.Local.Identity;

/// <summary>
/// The local host's caller: <c>Authorization: Bearer KEY</c> with a key from its configuration
/// (the scheme in any case, RFC 9110; compared in constant time, <see cref="BearerKeys"/>). The
/// X-MS-CLIENT-PRINCIPAL header is never read here.
/// </summary>
internal sealed class LocalKeyAuthenticator : ICallerAuthenticator
{
    private readonly BearerKeys keys;

    public LocalKeyAuthenticator(IEnumerable<LocalApiKey> configured)
    {
        var actors = configured.Select(k => KeyValuePair.Create(k.Key, new Actor(k.StaffId, StaffRoleNames.TryParse(k.Role, out var role) ? role : throw new InvalidOperationException($"Local API key for {k.StaffId}: unknown role \"{k.Role}\".")))).ToList();
        if (actors.Any(k => k.Key.Length < 16))
        {
            throw new InvalidOperationException("Local API keys must be at least 16 characters.");
        }

        keys = new BearerKeys(actors);
    }

    public Actor? Authenticate(HttpContext context) => keys.Authenticate(context);
}
