namespace Asiakasmaksu.Rendering.Letters;

/// <summary>
/// The light line markup the text templates write, from which both the plain-text email and the
/// PDF letter are made:
/// <list type="bullet">
/// <item><c># Title</c> and <c>## Section</c> are headings;</item>
/// <item><c>| cell | cell</c> is a table row (<c>|!</c> a strong row; a cell written <c>&gt;text</c> is right-aligned), and consecutive rows make one table;</item>
/// <item>a blank line is space between paragraphs (runs of them count once);</item>
/// <item>any other line is running text, kept as its own line and wrapped when too long.</item>
/// </list>
/// Values cannot break this: the template context turns line breaks and '|' in values into spaces and '¦'.
/// </summary>
internal static class LetterMarkup
{
    public static IReadOnlyList<MarkupBlock> Parse(string markup)
    {
        var blocks = new List<MarkupBlock>();
        List<TableRow>? rows = null;
        foreach (var raw in markup.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('|'))
            {
                rows ??= [];
                rows.Add(Row(line));
                continue;
            }

            if (rows is not null)
            {
                blocks.Add(new MarkupBlock.Table(rows));
                rows = null;
            }

            if (line.Length == 0)
            {
                if (blocks.Count > 0 && blocks[^1] is not MarkupBlock.Space)
                {
                    blocks.Add(new MarkupBlock.Space());
                }
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                blocks.Add(new MarkupBlock.Heading(2, line[3..].Trim()));
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                blocks.Add(new MarkupBlock.Heading(1, line[2..].Trim()));
            }
            else
            {
                blocks.Add(new MarkupBlock.Line(line));
            }
        }

        if (rows is not null)
        {
            blocks.Add(new MarkupBlock.Table(rows));
        }

        while (blocks.Count > 0 && blocks[^1] is MarkupBlock.Space)
        {
            blocks.RemoveAt(blocks.Count - 1);
        }

        return blocks;
    }

    private static TableRow Row(string line)
    {
        var strong = line.StartsWith("|!", StringComparison.Ordinal);
        var body = line[(strong ? 2 : 1)..];
        if (body.EndsWith('|'))
        {
            body = body[..^1];
        }

        var cells = body.Split('|').Select(c =>
        {
            var text = c.Trim();
            return text.StartsWith('>') ? new TableCell(text[1..].Trim(), true) : new TableCell(text, false);
        });
        return new TableRow([.. cells], strong);
    }
}
