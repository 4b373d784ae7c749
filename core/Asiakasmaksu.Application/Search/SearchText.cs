using System.Text;

namespace Asiakasmaksu.Application.Search;

/// <summary>
/// Names as the client search compares them: lower case, the Finnish and Swedish letters folded to
/// their unaccented forms (ä and å to a, ö to o, so that a name typed on a keyboard without them is
/// found), other Latin accents dropped, and split into words. Done by hand: the service runs without
/// ICU, where <see cref="string.Normalize()"/> changes nothing.
/// </summary>
public static class SearchText
{
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccddeeeeeeeeiiiiiiinnnoooooooorrsssstuuuuuuuuyyzzz";

    /// <summary>The words of <paramref name="text"/>, folded (letters and digits only; other characters separate words).</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded is { } letter)
            {
                word.Append(letter);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>True when every word of <paramref name="query"/> begins a different word of <paramref name="name"/> (both folded).</summary>
    public static bool Matches(IReadOnlyList<string> query, string name)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = Words(name).ToList();
        foreach (var q in query.OrderByDescending(q => q.Length))
        {
            var i = words.FindIndex(w => w.StartsWith(q, StringComparison.Ordinal));
            if (i < 0)
            {
                return false;
            }

            words.RemoveAt(i);
        }

        return true;
    }

    private static char? Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return lower;
        }

        var i = Accented.IndexOf(lower, StringComparison.Ordinal);
        return i >= 0 ? Plain[i] : lower == 'ß' ? 's' : char.IsLetter(lower) ? lower : null;
    }
}
