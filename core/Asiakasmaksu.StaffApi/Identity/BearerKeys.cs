using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Domain.Staff;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Identity;

/// <summary>
/// Callers known by a key sent as <c>Authorization: Bearer KEY</c>: the local host's keys and the
/// test hosts'. The scheme is matched without regard to case (<c>bearer</c>, <c>BEARER</c>), as
/// RFC 9110 (11.1) makes every authentication scheme, followed by one or more spaces; the key is
/// compared in constant time with every configured one, so the time taken tells nothing about it.
/// </summary>
public sealed class BearerKeys
{
    private const string Scheme = "Bearer";

    private readonly (byte[] Key, Actor Actor)[] keys;

    /// <summary>The keys and who each one is.</summary>
    public BearerKeys(IEnumerable<KeyValuePair<string, Actor>> keys) =>
        this.keys = [.. keys.Select(k => (Encoding.UTF8.GetBytes(k.Key), k.Value))];

    /// <summary>The caller whose key the request's one <c>Authorization</c> header carries, or null.</summary>
    public Actor? Authenticate(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization;
        if (header.Count != 1 || TokenOf(header[0]) is not { } token)
        {
            return null;
        }

        var presented = Encoding.UTF8.GetBytes(token);
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

    /// <summary>The credentials of a <c>Bearer</c> <paramref name="authorization"/> value (the scheme in any case, then spaces), or null.</summary>
    public static string? TokenOf(string? authorization)
    {
        if (authorization is null || authorization.Length <= Scheme.Length || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || authorization[Scheme.Length] != ' ')
        {
            return null;
        }

        var token = authorization[Scheme.Length..].Trim(' ');
        return token.Length == 0 ? null : token;
    }
}
