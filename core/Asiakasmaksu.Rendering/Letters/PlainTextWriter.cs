using System.Text;

namespace Asiakasmaksu.Rendering.Letters;

/// <summary>
/// Letter markup as the plain-text part of an email: headings underlined, tables in padded
/// columns, running text wrapped at <see cref="Width"/> characters.
/// </summary>
internal static class PlainTextWriter
{
    /// <summary>The width running text is wrapped to (tables may be wider).</summary>
    public const int Width = 76;

    public static string Write(IReadOnlyList<MarkupBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case MarkupBlock.Heading h:
                    if (text.Length > 0 && !EndsWithBlankLine(text))
                    {
                        text.Append('\n');
                    }

                    text.Append(h.Text).Append('\n').Append(h.Level == 1 ? '=' : '-', h.Text.Length).Append("\n\n");
                    break;
                case MarkupBlock.Line l:
                    foreach (var line in Wrap(l.Text, Width))
                    {
                        text.Append(line).Append('\n');
                    }

                    break;
                case MarkupBlock.Space:
                    if (!EndsWithBlankLine(text))
                    {
                        text.Append('\n');
                    }

                    break;
                case MarkupBlock.Table t:
                    WriteTable(text, t);
                    break;
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Breaks <paramref name="text"/> at spaces into lines of at most <paramref name="width"/> characters (a longer word gets a line of its own).</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static void WriteTable(StringBuilder text, MarkupBlock.Table table)
    {
        var columns = table.Rows.Max(r => r.Cells.Count);
        var widths = Enumerable.Range(0, columns)
            .Select(c => table.Rows.Where(r => c < r.Cells.Count).Max(r => r.Cells[c].Text.Length))
            .ToArray();
        foreach (var row in table.Rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                if (c > 0)
                {
                    line.Append("  ");
                }

                line.Append(cell.RightAligned ? cell.Text.PadLeft(widths[c]) : cell.Text.PadRight(widths[c]));
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }

    private static bool EndsWithBlankLine(StringBuilder text) =>
        text.Length == 0 || (text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n');
}
