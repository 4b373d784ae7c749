using System.Text;

namespace Asiakasmaksu.Domain.FreeText;

/// <summary>
/// Whether a text says anything a person can see: a reason or note made only of spaces, line
/// breaks, zero-width or bidirectional characters (<c>"\u202e\u200b"</c>) says nothing and is no
/// record of why something was done.
/// </summary>
public static class VisibleText
{
    /// <summary>True when <paramref name="text"/> holds at least one character that is neither white space, a control character nor invisible (<see cref="MatchingText.IsInvisible"/>).</summary>
    public static bool Any(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune) && !MatchingText.IsInvisible(rune))
            {
                return true;
            }
        }

        return false;
    }
}
