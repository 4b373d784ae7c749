using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using static Asiakasmaksu.Rendering.Letters.LetterPageLayout;

namespace Asiakasmaksu.Rendering.Letters;

/// <summary>
/// Lays letter markup out on A4 pages with PdfPig: the sender at the top, the recipient in the
/// envelope window (<see cref="LetterPageLayout"/>), then headings, wrapped text and tables,
/// pages added as needed, and a footer with the issuer's details and "page / pages" on each; a
/// letter that asks for one payment has the payment slip with its barcode at the foot of its first
/// page (<see cref="PaymentSlipWriter"/>), its text and footer above it.
/// </summary>
internal sealed class PdfLetterWriter
{
    private const double TextSize = 10;
    private const double TextLeading = 13.5;
    private const double TableSize = 9.5;
    private const double MinTableSize = 7;
    private const double ColumnGap = 12;
    private const double FooterSize = 7.5;

    private readonly PdfDocumentBuilder builder;
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private readonly List<PdfPageBuilder> pages = [];
    private readonly PaymentSlip? slip;
    private PdfPageBuilder page;

    /// <summary>The current baseline, in PDF coordinates (from the bottom).</summary>
    private double y;

    private PdfLetterWriter(PdfDocumentBuilder builder, PaymentSlip? slip)
    {
        this.builder = builder;
        this.slip = slip;
        regular = builder.AddTrueTypeFont(LetterFonts.Regular.Bytes);
        bold = builder.AddTrueTypeFont(LetterFonts.Bold.Bytes);
        page = builder.AddPage(PageSize.A4);
        pages.Add(page);
        y = PageHeight - FirstBodyTop;
    }

    /// <summary>The letter as PDF bytes.</summary>
    /// <param name="title">The document title (metadata).</param>
    /// <param name="sender">The issuer's name and address lines (top left).</param>
    /// <param name="recipient">The recipient's name and address lines (in the window).</param>
    /// <param name="blocks">The letter text.</param>
    /// <param name="footer">The footer lines (issuer's details).</param>
    /// <param name="slip">The payment slip at the foot of the first page, for a letter that asks for one payment; else null.</param>
    public static byte[] Write(string title, IReadOnlyList<string> sender, IReadOnlyList<string> recipient, IReadOnlyList<MarkupBlock> blocks, IReadOnlyList<string> footer, PaymentSlip? slip = null)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Producer = "Asiakasmaksu";
        builder.DocumentInformation.Creator = "Asiakasmaksu";
        var writer = new PdfLetterWriter(builder, slip);
        writer.WriteHead(sender, recipient);
        if (slip is not null)
        {
            PaymentSlipWriter.Draw(writer.pages[0], writer.regular, writer.bold, slip);
        }

        foreach (var block in blocks)
        {
            writer.WriteBlock(block);
        }

        writer.WriteFooters(footer);
        return builder.Build();
    }

    private void WriteHead(IReadOnlyList<string> sender, IReadOnlyList<string> recipient)
    {
        var top = PageHeight - SenderTop;
        for (var i = 0; i < sender.Count; i++)
        {
            Draw(sender[i], i == 0 ? bold : regular, i == 0 ? 10.5 : 9, Left, top - (i * 12));
        }

        // The window: at most 5 lines of 11 pt, each wrapped to the window's width.
        var lines = recipient.SelectMany(l => Wrap(l, LetterFonts.Regular, 11, WindowWidth)).Take(5).ToList();
        var baseline = PageHeight - WindowTop - 14;
        foreach (var line in lines)
        {
            Draw(line, regular, 11, WindowLeft, baseline);
            baseline -= 14;
        }
    }

    private void WriteBlock(MarkupBlock block)
    {
        switch (block)
        {
            case MarkupBlock.Heading { Level: 1 } h:
                Room(19 + (3 * TextLeading));
                y -= 19;
                Draw(h.Text, bold, 15, Left, y);
                y -= 8;
                break;
            case MarkupBlock.Heading h:
                Room(22 + (3 * TextLeading));
                y -= 20;
                Draw(h.Text, bold, 11.5, Left, y);
                y -= 4;
                page.SetStrokeColor(150, 150, 150);
                page.DrawLine(new PdfPoint(Left, y), new PdfPoint(Left + ContentWidth, y), 0.5);
                page.ResetColor();
                y -= 4;
                break;
            case MarkupBlock.Line l:
                foreach (var line in Wrap(l.Text, LetterFonts.Regular, TextSize, ContentWidth))
                {
                    Room(TextLeading);
                    y -= TextLeading;
                    Draw(line, regular, TextSize, Left, y);
                }

                break;
            case MarkupBlock.Space:
                y -= 6;
                break;
            case MarkupBlock.Table t:
                WriteTable(t);
                break;
        }
    }

    private void WriteTable(MarkupBlock.Table table)
    {
        var columns = table.Rows.Max(r => r.Cells.Count);
        var size = TableSize;
        var widths = NaturalWidths(table, columns, size);
        var gaps = ColumnGap * (columns - 1);
        if (widths.Sum() + gaps > ContentWidth)
        {
            // Smaller type first (a little under the exact fit, so rounding never tips it over).
            size = Math.Max(MinTableSize, size * 0.99 * (ContentWidth - gaps) / widths.Sum());
            widths = NaturalWidths(table, columns, size);
        }

        var excess = widths.Sum() + gaps - ContentWidth;
        if (excess > 0.5)
        {
            // Still too wide at the smallest size: a left-aligned column wraps, preferably one of
            // words (a label) rather than one long code (a barcode must stay whole).
            var widest = Enumerable.Range(0, columns)
                .Where(c => table.Rows.All(r => c >= r.Cells.Count || !r.Cells[c].RightAligned))
                .DefaultIfEmpty(0)
                .MaxBy(c => (table.Rows.Any(r => c < r.Cells.Count && r.Cells[c].Text.Contains(' ', StringComparison.Ordinal)), widths[c]));
            widths[widest] = Math.Max(30, widths[widest] - excess);
        }

        var leading = size * 1.4;
        var lefts = new double[columns];
        for (var c = 1; c < columns; c++)
        {
            lefts[c] = lefts[c - 1] + widths[c - 1] + ColumnGap;
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var font = row.Strong ? LetterFonts.Bold : LetterFonts.Regular;
            var cells = row.Cells.Select((cell, c) => Wrap(cell.Text, font, size, widths[c])).ToList();
            var height = Math.Max(1, cells.Max(lines => lines.Count)) * leading;
            Room(height + 2);
            if (row.Strong && r > 0 && !table.Rows[r - 1].Strong)
            {
                page.SetStrokeColor(120, 120, 120);
                page.DrawLine(new PdfPoint(Left, y - 2), new PdfPoint(Left + Math.Min(ContentWidth, lefts[^1] + widths[^1]), y - 2), 0.5);
                page.ResetColor();
                y -= 2;
            }

            for (var c = 0; c < cells.Count; c++)
            {
                for (var i = 0; i < cells[c].Count; i++)
                {
                    var text = cells[c][i];
                    var x = Left + lefts[c] + (row.Cells[c].RightAligned ? widths[c] - font.Width(text, size) : 0);
                    Draw(text, row.Strong ? bold : regular, size, x, y - ((i + 1) * leading) + (leading - size) / 2);
                }
            }

            y -= height;
        }

        y -= 4;
    }

    private static double[] NaturalWidths(MarkupBlock.Table table, int columns, double size) =>
        [.. Enumerable.Range(0, columns).Select(c => table.Rows
            .Where(r => c < r.Cells.Count)
            .Max(r => (r.Strong ? LetterFonts.Bold : LetterFonts.Regular).Width(r.Cells[c].Text, size)))];

    private void WriteFooters(IReadOnlyList<string> footer)
    {
        for (var p = 0; p < pages.Count; p++)
        {
            var footerPage = pages[p];
            footerPage.SetTextAndFillColor(90, 90, 90);
            var baseline = (p == 0 && slip is not null ? SlipFooterBaseline : FooterBaseline) + ((footer.Count - 1) * (FooterSize + 2));
            foreach (var line in footer)
            {
                footerPage.AddText(LetterFonts.Regular.Drawable(line), FooterSize, new PdfPoint(Left, baseline), regular);
                baseline -= FooterSize + 2;
            }

            var number = $"{(p + 1).ToString(CultureInfo.InvariantCulture)} / {pages.Count.ToString(CultureInfo.InvariantCulture)}";
            footerPage.AddText(number, FooterSize, new PdfPoint(Left + ContentWidth - LetterFonts.Regular.Width(number, FooterSize), p == 0 && slip is not null ? SlipFooterBaseline : FooterBaseline), regular);
            footerPage.ResetColor();
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit above the footer.</summary>
    private void Room(double height)
    {
        if (y - height >= (pages.Count == 1 && slip is not null ? SlipBodyBottom : BodyBottom))
        {
            return;
        }

        page = builder.AddPage(PageSize.A4);
        pages.Add(page);
        y = PageHeight - BodyTop;
    }

    private void Draw(string text, PdfDocumentBuilder.AddedFont font, double size, double x, double baseline)
    {
        if (text.Length == 0)
        {
            return;
        }

        var face = ReferenceEquals(font, bold) ? LetterFonts.Bold : LetterFonts.Regular;
        page.AddText(face.Drawable(text), size, new PdfPoint(x, baseline), font);
    }

    /// <summary>Lines of at most <paramref name="width"/> points, broken at spaces (a word too long for a line is broken anywhere).</summary>
    private static List<string> Wrap(string text, LetterFonts font, double size, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (font.Width(candidate, size) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (font.Width(line, size) > width && line.Length > 1)
            {
                var fit = 1;
                while (fit < line.Length && font.Width(line[..(fit + 1)], size) <= width)
                {
                    fit++;
                }

                lines.Add(line[..fit]);
                line = line[fit..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
