using System.Text.RegularExpressions;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>
/// Finds a henkilötunnus (Finnish personal identity code, DDMMYYCZZZQ) in free text, so that a
/// reason or note carrying one is refused: the audit keeps reasons and must hold no henkilötunnus.
/// A match needs a real date, a century sign (+, -, A–F, U–Y) and the right check character, so
/// ordinary numbers in a note are not mistaken for one.
/// </summary>
public static partial class PersonalIdentityCodes
{
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>True when <paramref name="text"/> contains something that is a valid henkilötunnus.</summary>
    public static bool Contains(string text)
    {
        foreach (Match m in Candidate().Matches(text))
        {
            if (IsValid(m.Groups["date"].Value, m.Groups["century"].Value[0], m.Groups["individual"].Value, char.ToUpperInvariant(m.Groups["check"].Value[0])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValid(string date, char century, string individual, char check)
    {
        var centuryStart = century switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            _ => 2000,
        };
        var day = int.Parse(date[..2], System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(date[2..4], System.Globalization.CultureInfo.InvariantCulture);
        var year = centuryStart + int.Parse(date[4..], System.Globalization.CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var number = long.Parse(date + individual, System.Globalization.CultureInfo.InvariantCulture);
        return CheckCharacters[(int)(number % 31)] == check;
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<date>\d{6})(?<century>[-+A-FU-Y])(?<individual>\d{3})(?<check>[0-9A-Ya-y])(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
