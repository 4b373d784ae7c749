using System.Text.RegularExpressions;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>
/// Finds a henkilötunnus (Finnish personal identity code, DDMMYYCZZZQ) in free text, so that a
/// reason or note carrying one is refused: the audit keeps reasons and must hold no henkilötunnus.
/// A match needs a real date, a century sign (+, -, A–F, U–Y) and the right check character, so
/// ordinary numbers in a note are not mistaken for one.
/// </summary>
public static partial class PersonalIdentityCodes
{
    /// <summary>True when <paramref name="text"/> contains something that is a valid henkilötunnus.</summary>
    public static bool Contains(string text)
    {
        foreach (Match m in Candidate().Matches(text))
        {
            if (PersonalIdentityCode.IsValid(m.Value.ToUpperInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Ya-y](?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
