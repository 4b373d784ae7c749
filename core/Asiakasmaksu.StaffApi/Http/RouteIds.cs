using System.Text.RegularExpressions;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>
/// Checks the ids in routes and query strings before they reach a store (an Azure table key
/// cannot hold '/', '\', '#', '?' or control characters); a bad one is a 400 naming it.
/// </summary>
public static partial class RouteIds
{
    /// <summary>The longest client id (as in the billing file).</summary>
    public const int MaxClientIdLength = 64;

    /// <summary>An invoice id: <c>{batchKey}-{clientKey}</c>, 8 + 16 characters of lower-case base32 (docs/billing-file.md).</summary>
    public static string Invoice(string value, string field = "invoiceId") =>
        InvoiceIdPattern().IsMatch(value) ? value : throw new BadRequest(field, $"{field} must be an invoice id like k3jqz7ma-5ee2ytd4bn3wq6rf.");

    /// <summary>
    /// A client id: 1–64 characters, no control characters, and never a henkilötunnus (the billing
    /// import refuses such ids, so none exists; a path or query holding one is refused without
    /// repeating it, before it reaches a store, a log or an answer).
    /// </summary>
    public static string Client(string value, string field = "clientId") =>
        value.Length is > 0 and <= MaxClientIdLength && !value.Any(char.IsControl) && SafeText.IsWellFormed(value)
            ? PersonalIdentityCodes.Contains(value)
                ? throw new BadRequest(field, $"{field} looks like a henkilötunnus; use the client's number in the billing system, never a henkilötunnus.")
                : value
            : throw new BadRequest(field, $"{field} must be 1–{MaxClientIdLength} characters without control characters.");

    /// <summary>A deferral request or rectification claim id: 1–100 letters, digits, '-', '_', '.' or ':'.</summary>
    public static string Key(string value, string field) =>
        KeyPattern().IsMatch(value) ? value : throw new BadRequest(field, $"{field} must be 1–100 letters, digits, '-', '_', '.' or ':'.");

    [GeneratedRegex("^[a-z2-7]{8}-[a-z2-7]{16}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex InvoiceIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
