using System.Globalization;

namespace Asiakasmaksu.StaffWeb.Shared;

/// <summary>What people type in the forms: dates as d.M.yyyy (or yyyy-MM-dd) and euros with a comma or a point.</summary>
public static class FormValues
{
    private static readonly string[] DateFormats = ["d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>The date in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Date(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Euros with a comma or a point and at most two decimals, 0 or more (<paramref name="allowZero"/>) or above zero; else null.</summary>
    public static decimal? Euros(string? text, bool allowZero = false)
    {
        if (text is null)
        {
            return null;
        }

        var t = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal).Replace("€", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a) && (allowZero ? a >= 0 : a > 0) && decimal.Round(a, 2) == a ? a : null;
    }

    /// <summary>An amount for the API ("12.30").</summary>
    public static string Api(decimal euros) => euros.ToString("0.00", CultureInfo.InvariantCulture);
}
