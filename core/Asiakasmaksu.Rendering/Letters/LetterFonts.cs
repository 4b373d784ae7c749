using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace Asiakasmaksu.Rendering.Letters;

/// <summary>
/// The fonts of printed letters: DejaVu Sans and DejaVu Sans Bold, embedded in this assembly
/// (Fonts/, Bitstream Vera licence, see Fonts/LICENSE-DejaVu.txt), so that a letter looks the same
/// on every machine and needs no installed font. They are cut down to the Latin script
/// (Fonts/subset-fonts.sh says which characters and why): the population register records names in
/// Latin letters, and every PDF's subsetting costs time by the glyphs the font holds. The advance width of every character is read
/// once into a table (immutable, so measuring is thread-safe); each PDF embeds the subset it uses.
/// </summary>
internal sealed class LetterFonts
{
    private const char Replacement = '?';

    /// <summary>Advance width per UTF-16 code unit in em, NaN where the font has no glyph.</summary>
    private readonly float[] widths = new float[char.MaxValue + 1];

    private LetterFonts(string resource)
    {
        using var stream = typeof(LetterFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font {resource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Bytes = copy.ToArray();
        var font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(Bytes));
        var unitsPerEm = (double)font.GetUnitsPerEm();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            // Surrogates and controls are never drawn: a name with an emoji prints '?' for it.
            var ch = (char)c;
            widths[c] = !char.IsSurrogate(ch) && !char.IsControl(ch) && font.TryGetAdvanceWidth(c, out var units)
                ? (float)(units / unitsPerEm)
                : float.NaN;
        }
    }

    /// <summary>DejaVu Sans.</summary>
    public static LetterFonts Regular { get; } = new("Asiakasmaksu.Rendering.Fonts.DejaVuSans.ttf");

    /// <summary>DejaVu Sans Bold.</summary>
    public static LetterFonts Bold { get; } = new("Asiakasmaksu.Rendering.Fonts.DejaVuSans-Bold.ttf");

    /// <summary>The font file.</summary>
    public byte[] Bytes { get; }

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/> points, as <see cref="Drawable"/> would draw it.</summary>
    public double Width(string text, double size)
    {
        double em = 0;
        foreach (var c in text)
        {
            var w = widths[c];
            em += float.IsNaN(w) ? widths[Replacement] : w;
        }

        return em * size;
    }

    /// <summary><paramref name="text"/> with every character the font cannot draw replaced by '?'.</summary>
    public string Drawable(string text)
    {
        foreach (var c in text)
        {
            if (float.IsNaN(widths[c]))
            {
                return new string([.. text.Select(ch => float.IsNaN(widths[ch]) ? Replacement : ch)]);
            }
        }

        return text;
    }
}
