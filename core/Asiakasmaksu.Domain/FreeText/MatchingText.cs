using System.Globalization;
using System.Text;

namespace Asiakasmaksu.Domain.FreeText;

/// <summary>
/// Folds free text into a plain form for matching patterns in it (a henkilötunnus hidden in a note):
/// invisible characters (zero-width spaces and joiners, bidirectional controls, soft hyphens,
/// combining marks, Hangul fillers) are dropped; every space, line break and control character
/// becomes one space; every dash and minus sign becomes '-', every plus sign '+'; digits of any
/// script and the compatibility forms of Latin letters (fullwidth, mathematical) become ASCII; letters
/// are upper-cased. The app runs in invariant globalization mode, where
/// <see cref="string.Normalize(NormalizationForm)"/> changes nothing, so the compatibility folding
/// (Unicode NFKC) that matters here is done by hand.
/// </summary>
public static class MatchingText
{
    private const int MathAlphanumericFirst = 0x1D400;
    private const int MathLettersLast = 0x1D6A3;
    private const int FullwidthFirst = 0xFF01;
    private const int FullwidthLast = 0xFF5E;
    private const int FullwidthOffset = 0xFEE0;

    /// <summary>The folded form of <paramref name="text"/> (never longer than it).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Fold(rune) is { } c)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    /// <summary>True when <paramref name="rune"/> shows nothing on its own: a format character, a combining mark, a filler.</summary>
    public static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x180E or 0x034F;

    private static char? Fold(Rune rune)
    {
        if (IsInvisible(rune))
        {
            return null;
        }

        var value = rune.Value;
        if (value is >= FullwidthFirst and <= FullwidthLast)
        {
            return Fold(new Rune(value - FullwidthOffset));
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
        {
            return ' ';
        }

        if (category == UnicodeCategory.DashPunctuation || value is 0x2212 or 0x2796 or 0x207B or 0x208B or 0xFE63)
        {
            return '-';
        }

        if (value is 0x207A or 0x208A or 0xFE62 or 0x2795)
        {
            return '+';
        }

        if (category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber && Rune.GetNumericValue(rune) is var digit && digit is >= 0 and <= 9 && digit == Math.Floor(digit))
        {
            return (char)('0' + (int)digit);
        }

        if (value is >= MathAlphanumericFirst and <= MathLettersLast)
        {
            var offset = (value - MathAlphanumericFirst) % 52;
            return (char)(offset < 26 ? 'A' + offset : 'A' + offset - 26);
        }

        return rune.IsBmp ? char.ToUpperInvariant((char)value) : '?';
    }
}
