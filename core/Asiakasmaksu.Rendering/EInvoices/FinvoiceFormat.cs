using System.Globalization;
using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Rendering.EInvoices;

/// <summary>
/// How Finvoice writes values (Finvoice 3.0 implementation guidelines): dates <c>CCYYMMDD</c>,
/// amounts with a decimal comma and two decimals, no grouping; texts fitted to an element's length,
/// spread over as many elements as it may repeat.
/// </summary>
internal static class FinvoiceFormat
{
    /// <summary>A date as Finvoice writes it (attribute <c>Format="CCYYMMDD"</c>): 20260130.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>An amount with a decimal comma and two decimals: 148,40 (negative: -2,10).</summary>
    public static string Amount(Money amount) => amount.Euros.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A quantity with a decimal comma and no trailing zeros: 12, 1,5.</summary>
    public static string Quantity(decimal quantity) => quantity.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>
    /// <paramref name="text"/> in at most <paramref name="count"/> pieces of at most <paramref name="max"/>
    /// characters, broken at spaces where it can; what does not fit is cut (an element that repeats
    /// holds one line each, as a street or a name that runs over).
    /// </summary>
    public static IReadOnlyList<string> Fit(string text, int max, int count)
    {
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0 && pieces.Count < count)
        {
            if (rest.Length <= max)
            {
                pieces.Add(rest);
                break;
            }

            var cut = rest.LastIndexOf(' ', max);
            cut = cut > 0 ? cut : max;
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        return pieces;
    }

    /// <summary>The first piece of <see cref="Fit"/>: a text cut to one element.</summary>
    public static string Cut(string text, int max) => Fit(text, max, 1).FirstOrDefault() ?? string.Empty;

    /// <summary>
    /// The country code and postal code of a postal code as the billing file writes it: five digits
    /// are Finnish (FI); a foreign one is written after its country code and a hyphen (SE-113 56).
    /// </summary>
    public static (string Country, string Code) PostalCode(string postalCode) =>
        postalCode.Length > 3 && postalCode[2] == '-' && char.IsAsciiLetterUpper(postalCode[0]) && char.IsAsciiLetterUpper(postalCode[1])
            ? (postalCode[..2], postalCode[3..])
            : ("FI", postalCode);

    /// <summary>The start of <paramref name="date"/> in Helsinki with its offset (the message's time stamp: a notice is sent on its date).</summary>
    public static string TimeStamp(DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
