namespace Asiakasmaksu.StaffApi.Http;

/// <summary>Checks free text from requests and makes text safe to echo back in a problem.</summary>
public static class SafeText
{
    /// <summary>True when <paramref name="text"/> is well-formed UTF-16 (no lone surrogates), so it can be stored and written as JSON.</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for the bidirectional embedding, override and isolate characters (U+202A–U+202E,
    /// U+2066–U+2069): in a stored reason they make the audit show the text in another order than it
    /// was written.
    /// </summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary><paramref name="text"/> clipped to <paramref name="max"/> characters, with control characters and lone surrogates shown as '?'.</summary>
    public static string Echo(string text, int max = 64)
    {
        var clipped = text.Length <= max ? text : text[..max];
        var chars = clipped.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || char.IsControl(chars[i]))
            {
                chars[i] = '?';
            }
        }

        return new string(chars) + (text.Length > max ? "…" : string.Empty);
    }
}
