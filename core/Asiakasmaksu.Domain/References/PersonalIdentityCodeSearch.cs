using System.Globalization;
using System.Text.RegularExpressions;
using Asiakasmaksu.Domain.FreeText;

namespace Asiakasmaksu.Domain.References;

/// <summary>
/// Finds what looks like a henkilötunnus in a text (a reason, a note, an id), however it is spelled,
/// so that it can be refused before it is stored, logged or echoed. The text is folded first
/// (<see cref="MatchingText"/>: compatibility forms, dashes, spaces, invisible characters), then a
/// date DDMMYY, a century sign, a three-digit individual number and a check character are looked
/// for, with spaces allowed around the sign (<c>131052 - 308T</c>) and between the parts
/// (<c>HETU 131052 308T</c>). It counts as personal data:
/// <list type="bullet">
/// <item>with a century sign, when the date is real in that century, whatever the check character
/// (a near miss such as <c>131052-308U</c> is one typo away from a real person);</item>
/// <item>without a sign (<c>131052308T</c>), when the date is real and the check character is a
/// letter, or the right digit (a ten-digit number such as a phone number whose check digit happens
/// to fit is refused too: one in 31).</item>
/// </list>
/// Never returns or logs what it found.
/// </summary>
public static partial class PersonalIdentityCodeSearch
{
    /// <summary>True when <paramref name="text"/> holds something that looks like a henkilötunnus.</summary>
    public static bool Contains(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(c => char.IsNumber(c) || char.IsSurrogate(c)))
        {
            return false;
        }

        foreach (Match m in Candidate().Matches(MatchingText.Fold(text)))
        {
            if (LooksReal(m))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksReal(Match m)
    {
        int Number(string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        var (day, month, year) = (Number("dd"), Number("mm"), Number("yy"));
        var check = m.Groups["q"].Value[0];
        if (m.Groups["sign"].Success)
        {
            return PersonalIdentityCode.IsDate(day, month, year + PersonalIdentityCode.CenturyOf(m.Groups["sign"].Value[0])!.Value);
        }

        var expected = PersonalIdentityCode.CheckCharacter((((day * 100) + month) * 100 + year) * 1000 + Number("nnn"));
        return PersonalIdentityCode.IsDate(day, month, 2000) && (char.IsLetter(check) || check == expected);
    }

    [GeneratedRegex(@"(?<![0-9])(?<dd>[0-9]{2}) ?(?<mm>[0-9]{2}) ?(?<yy>[0-9]{2}) *(?<sign>[-+A-FU-Y])? *(?<nnn>[0-9]{3}) ?(?<q>[0-9A-Y])(?![0-9A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
