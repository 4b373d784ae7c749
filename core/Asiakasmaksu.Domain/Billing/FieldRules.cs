using System.Globalization;

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
