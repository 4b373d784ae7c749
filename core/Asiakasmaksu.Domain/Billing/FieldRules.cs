using System.Globalization;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Domain.Billing;

/// <summary>How each kind of billing field is checked. Reasons never repeat the value.</summary>
internal static class FieldRules
{
    public const int MaxIdLength = 64;
    public const int MaxTextLength = 200;
    public const decimal MaxAmount = 1_000_000m;

    public static string? Text(string value, int maxLength, bool required)
    {
        if (value.Length == 0)
        {
            return required ? "missing field" : null;
        }

        if (value.Length > maxLength)
        {
            return $"longer than {maxLength} characters";
        }

        return value.Any(char.IsControl) ? "contains control characters" : null;
    }

    /// <summary>
    /// An id (batch, line, client, ceiling holder): text of at most <see cref="MaxIdLength"/>
    /// characters that holds nothing like a henkilötunnus (<see cref="PersonalIdentityCodeSearch"/>),
    /// since ids end up in URLs, error reports and logs.
    /// </summary>
    public static string? Id(string value, bool required = true) =>
        Text(value, MaxIdLength, required) ?? (PersonalIdentityCodeSearch.Contains(value) ? LooksLikeIdentityCode : null);

    /// <summary>The client id as an error report may show it: null when it is not a usable id (too long, control characters, a henkilötunnus).</summary>
    public static string? Reportable(string clientId) => Id(clientId) is null ? clientId : null;

    /// <summary>
    /// A postal code: five digits (Finland, Åland included), or a foreign one written after its
    /// two-letter country code and a hyphen (<c>SE-113 56</c>, <c>DE-10115</c>), as the post writes
    /// foreign addresses; the length (at most 16) is checked before.
    /// </summary>
    public static string? PostalCode(string value)
    {
        if (value.Length == 5 && value.All(char.IsAsciiDigit))
        {
            return null;
        }

        var foreign = value.Length >= 5 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) && value[2] == '-' && value[..2] != "FI"
            && value[3..].Any(char.IsAsciiLetterOrDigit) && value[3..].All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-');
        return foreign ? null : "a postal code is 5 digits, or a foreign one after its country code, e.g. SE-113 56";
    }

    /// <summary>The reason an id that looks like a henkilötunnus is refused (never repeating it).</summary>
    public const string LooksLikeIdentityCode = "looks like a henkilötunnus: an id must never be a personal identity code (use the billing system's own number)";

    public static string? Date(string value, out DateOnly date)
    {
        date = default;
        if (value.Length == 0)
        {
            return "missing field";
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return "bad date: expected a real date as yyyy-mm-dd";
        }

        return date.Year is < 2000 or > 2099 ? "bad date: the year must be 2000–2099" : null;
    }

    /// <summary>A decimal with '.' (or ',' when allowed), at most <paramref name="maxDecimals"/> decimals, no grouping, no exponent.</summary>
    public static string? Decimal(string value, bool allowComma, int maxDecimals, out decimal number)
    {
        number = 0m;
        if (value.Length == 0)
        {
            return "missing field";
        }

        var normalized = allowComma ? value.Replace(',', '.') : value;
        var dot = normalized.IndexOf('.', StringComparison.Ordinal);
        var digits = normalized.AsSpan(normalized.StartsWith('-') ? 1 : 0);
        foreach (var c in digits)
        {
            if (c is not (>= '0' and <= '9' or '.'))
            {
                return !allowComma && c == ',' ? "bad number: use '.' as the decimal point (',' only when the delimiter is ';')" : "bad number";
            }
        }

        if (normalized.Count(c => c == '.') > 1 || digits.Length == 0 || digits[0] == '.' || digits[^1] == '.')
        {
            return "bad number";
        }

        if (dot >= 0 && normalized.Length - dot - 1 > maxDecimals)
        {
            return maxDecimals == 2 ? "more than 2 decimals" : $"more than {maxDecimals} decimals";
        }

        return decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            ? null
            : "bad number";
    }

    public static string? Email(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        var valid = value.Length <= 254 && at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1
            && !value.EndsWith('.') && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"');
        return valid ? null : "invalid email address";
    }
}
