using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>
/// The continuation token of a paged list (docs/staff-api.md, "Lists"): opaque to callers, it holds
/// the list, its filters and where the page ended, as base64url JSON. A token is only good for the
/// list and filters it came from; anything else, or a token that is not one of ours, is 400 naming
/// <c>continuation</c>. Positions are store keys made of letters, digits and <c>|._:~-</c>, so a
/// forged token can only move the start of the list, never reach a store with anything else.
/// </summary>
internal static partial class ContinuationToken
{
    /// <summary>The query parameter.</summary>
    public const string Parameter = "continuation";

    private const string Version = "c1.";
    private const int MaxLength = 2048;

    /// <summary>The token that continues <paramref name="list"/> with <paramref name="filters"/> after <paramref name="position"/>.</summary>
    public static string Encode(string list, IReadOnlyList<string?> filters, string position)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new[] { list, JsonSerializer.Serialize(filters), position });
        return Version + Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The position <paramref name="token"/> continues from, checked against the list and filters it must belong to.</summary>
    public static string Decode(string token, string list, IReadOnlyList<string?> filters)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length > MaxLength || !token.StartsWith(Version, StringComparison.Ordinal) || Read(token[Version.Length..]) is not [var tokenList, var tokenFilters, var position])
        {
            throw new BadRequest(Parameter, "continuation is not a token this API gave; ask for the first page without it, then pass the continuation of each answer as it is.");
        }

        if (tokenList != list || tokenFilters != JsonSerializer.Serialize(filters))
        {
            throw new BadRequest(Parameter, "continuation belongs to another list or other filters; send it with the same path and filters as the page it came from.");
        }

        return PositionPattern().IsMatch(position)
            ? position
            : throw new BadRequest(Parameter, "continuation is not a token this API gave; ask for the first page without it, then pass the continuation of each answer as it is.");
    }

    private static string[]? Read(string body)
    {
        if (body.Length == 0 || body.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return null;
        }

        try
        {
            var base64 = body.Replace('-', '+').Replace('_', '/');
            var bytes = Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
            var text = new UTF8Encoding(false, true).GetString(bytes);
            var parts = JsonSerializer.Deserialize<string[]>(text);
            return parts is { Length: 3 } && parts.All(p => p is not null) ? parts : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException or ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9|._:~-]{1,400}$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPattern();
}
