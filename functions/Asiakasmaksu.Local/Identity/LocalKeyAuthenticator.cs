using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Identity;

namespace Asiakasmaksu.Local.Identity;

/// <summary>
/// The local host's caller: <c>Authorization: Bearer KEY</c> with a key from its configuration
/// (compared in constant time). The X-MS-CLIENT-PRINCIPAL header is never read here.
/// </summary>
internal sealed class LocalKeyAuthenticator : ICallerAuthenticator
{
    private readonly (byte[] Key, Actor Actor)[] keys;

    public LocalKeyAuthenticator(IEnumerable<LocalApiKey> configured)
    {
        keys = [.. configured.Select(k => (Encoding.UTF8.GetBytes(k.Key), new Actor(k.StaffId, StaffRoleNames.TryParse(k.Role, out var role) ? role : throw new InvalidOperationException($"Local API key for {k.StaffId}: unknown role \"{k.Role}\"."))))];
        if (keys.Any(k => k.Key.Length < 16))
        {
            throw new InvalidOperationException("Local API keys must be at least 16 characters.");
        }
    }

    public Actor? Authenticate(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var presented = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        Actor? match = null;
        foreach (var (key, actor) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(key, presented))
            {
                match = actor;
            }
        }

        return match;
    }
}
