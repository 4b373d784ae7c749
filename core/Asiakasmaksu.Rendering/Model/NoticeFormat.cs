using System.Globalization;
using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Rendering.Model;

/// <summary>
/// How values read on a notice, per language, written by hand so that no culture data changes a
/// notice. Money uses <see cref="Money.Format"/> (fi/sv "1 234,56 €", en "€1,234.56"). Dates: fi
/// and sv "11.8.2017" (the Finnish and Finland-Swedish habit), en "11 August 2017" (spelled out,
/// so that nobody reads 11.8. as 8 November).
/// </summary>
internal static class NoticeFormat
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Date(DateOnly date, Language language) => language switch
    {
        Language.En => $"{date.Day.ToString(CultureInfo.InvariantCulture)} {EnglishMonths[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}",
        _ => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
    };

    public static string? Date(DateOnly? date, Language language) => date is { } d ? Date(d, language) : null;

    /// <summary>A quantity without trailing zeros: fi/sv "1,5", en "1.5".</summary>
    public static string Quantity(decimal quantity, Language language)
    {
        var text = quantity.ToString("0.####", CultureInfo.InvariantCulture);
        return language == Language.En ? text : text.Replace('.', ',');
    }

    /// <summary>The IBAN in the printed form: groups of four ("FI21 1234 5600 0007 85").</summary>
    public static string Iban(string electronicIban) => string.Join(' ', electronicIban.Chunk(4).Select(c => new string(c)));
}
