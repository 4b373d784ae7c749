using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Identity;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Loopback;

/// <summary>
/// The loopback host's caller: <c>Authorization: Bearer KEY</c> with one of the configured keys,
/// compared in constant time; the same design as the local host's key authenticator. It never
/// reads X-MS-CLIENT-PRINCIPAL, so a test can show that header is not trusted here.
/// </summary>
public sealed class KeyAuthenticator(IReadOnlyDictionary<string, Actor> keys) : ICallerAuthenticator
{
    private readonly (byte[] Key, Actor Actor)[] keys = [.. keys.Select(k => (Encoding.UTF8.GetBytes(k.Key), k.Value))];

    /// <inheritdoc/>
    public Actor? Authenticate(HttpContext context)
    {
        var header = context.Request.Headers.Authorization;
        if (header.Count != 1 || header[0] is not { } value || !value.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var presented = Encoding.UTF8.GetBytes(value["Bearer ".Length..].Trim());
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
