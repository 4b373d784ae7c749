namespace Asiakasmaksu.Rendering.Letters;

/// <summary>One block of letter markup (see <see cref="LetterMarkup"/>).</summary>
internal abstract record MarkupBlock
{
    /// <summary>A heading: level 1 (<c># </c>) or 2 (<c>## </c>).</summary>
    public sealed record Heading(int Level, string Text) : MarkupBlock;

    /// <summary>A line of running text, wrapped when too long.</summary>
    public sealed record Line(string Text) : MarkupBlock;

    /// <summary>Vertical space between paragraphs.</summary>
    public sealed record Space : MarkupBlock;

    /// <summary>Consecutive table rows; columns line up across them.</summary>
    public sealed record Table(IReadOnlyList<TableRow> Rows) : MarkupBlock;
}

/// <summary>One table row; a strong row (<c>|!</c>) is bold (headers, totals).</summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells, bool Strong);

/// <summary>One table cell; right-aligned when written <c>&gt;text</c> (amounts).</summary>
internal sealed record TableCell(string Text, bool RightAligned);
