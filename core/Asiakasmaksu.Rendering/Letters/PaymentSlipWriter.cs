using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using static Asiakasmaksu.Rendering.Letters.LetterPageLayout;

namespace Asiakasmaksu.Rendering.Letters;

/// <summary>
/// Draws the payment slip (tilisiirto) across the foot of a letter's first page, after the Finnish
/// banks' giro form: a dashed cut line, the fields with their standard bilingual (fi/sv) labels —
/// payee's account and BIC, payee, payer, signature, from account, reference, due date, euros — and
/// the virtual bank barcode as a Code 128 barcode (subset C) under them, which a mobile banking app
/// scans. Assumptions, written down (the bank barcode guide's numbers): a module of 0.33 mm (the
/// barcode is 332 modules, 109.6 mm), bars 13 mm high, quiet zones of at least 6.4 mm on both sides.
/// Each bar is drawn as a vertical stroke of its own width with butt ends, so it is exactly as wide
/// as its modules (a filled and stroked rectangle would widen it by the stroke).
/// </summary>
internal static class PaymentSlipWriter
{
    /// <summary>The width of one module of the barcode.</summary>
    public const double Module = 0.33 * Mm;

    /// <summary>The height of the bars.</summary>
    public const double BarHeight = 13 * Mm;

    /// <summary>Where the barcode starts: at least the quiet zone (6.4 mm) from the page's edge and from the form's frame.</summary>
    public const double BarcodeLeft = 20 * Mm;

    /// <summary>The bars' lower end, from the bottom of the page.</summary>
    public const double BarcodeBottom = 7 * Mm;

    private const double LabelSize = 6;
    private const double ValueSize = 9;
    private const double FrameLeft = 10 * Mm;
    private const double FrameRight = 200 * Mm;
    private const double Middle = 105 * Mm;
    private const double DueAmountSplit = 150 * Mm;

    // Row boundaries of the form, from the bottom of the page.
    private const double FormBottom = 24 * Mm;
    private const double RowFromAccount = 32 * Mm;
    private const double RowSignature = 40 * Mm;
    private const double RowPayer = 64 * Mm;
    private const double RowPayee = 82 * Mm;
    private const double FormTop = 96 * Mm;

    /// <summary>Draws <paramref name="slip"/> on <paramref name="page"/>.</summary>
    public static void Draw(PdfPageBuilder page, PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont bold, PaymentSlip slip)
    {
        CutLine(page);
        Frame(page);
        var text = new SlipText(page, regular, bold);
        text.Cell(FrameLeft, FormTop, "Saajan tilinumero / Mottagarens kontonummer", [$"IBAN {slip.Iban}"]);
        text.Cell(Middle, FormTop, "BIC", [slip.Bic]);
        text.Cell(FrameLeft, RowPayee, "Saaja / Mottagare", slip.Payee);
        text.Cell(Middle, RowPayee, "Laskun numero / Fakturanummer", slip.InvoiceNumber is { } number ? [number] : []);
        text.Cell(FrameLeft, RowPayer, "Maksajan nimi ja osoite / Betalarens namn och adress", slip.Payer);
        text.Cell(FrameLeft, RowSignature, "Allekirjoitus / Underskrift", []);
        text.Cell(FrameLeft, RowFromAccount, "Tililtä nro / Från konto nr", []);
        text.Cell(Middle, RowSignature, "Viitenro / Ref.nr", [slip.Reference], strong: true);
        text.Cell(Middle, RowFromAccount, "Eräpäivä / Förfallodag", [slip.DueDate], strong: true);
        text.Cell(DueAmountSplit, RowFromAccount, "Euro", [slip.Amount], strong: true);
        Bars(page, slip.Barcode);
    }

    /// <summary>The bars of <paramref name="digits"/>, from <see cref="BarcodeLeft"/>.</summary>
    public static void Bars(PdfPageBuilder page, string digits)
    {
        var x = BarcodeLeft;
        var bar = true;
        foreach (var width in Code128.Modules(digits))
        {
            var w = width * Module;
            if (bar)
            {
                page.DrawLine(new PdfPoint(x + (w / 2), BarcodeBottom), new PdfPoint(x + (w / 2), BarcodeBottom + BarHeight), w);
            }

            x += w;
            bar = !bar;
        }
    }

    private static void CutLine(PdfPageBuilder page)
    {
        page.SetStrokeColor(120, 120, 120);
        for (var x = 0d; x < PageWidth; x += 3 * Mm)
        {
            page.DrawLine(new PdfPoint(x, SlipHeight), new PdfPoint(Math.Min(PageWidth, x + (1.5 * Mm)), SlipHeight), 0.4);
        }

        page.ResetColor();
    }

    private static void Frame(PdfPageBuilder page)
    {
        page.SetStrokeColor(0, 0, 0);
        foreach (var y in new[] { FormTop, RowPayee, RowPayer, RowSignature, RowFromAccount, FormBottom })
        {
            page.DrawLine(new PdfPoint(FrameLeft, y), new PdfPoint(FrameRight, y), y is FormTop or FormBottom ? 0.8 : 0.5);
        }

        page.DrawLine(new PdfPoint(FrameLeft, FormBottom), new PdfPoint(FrameLeft, FormTop), 0.8);
        page.DrawLine(new PdfPoint(FrameRight, FormBottom), new PdfPoint(FrameRight, FormTop), 0.8);
        page.DrawLine(new PdfPoint(Middle, FormBottom), new PdfPoint(Middle, FormTop), 0.8);
        page.DrawLine(new PdfPoint(DueAmountSplit, FormBottom), new PdfPoint(DueAmountSplit, RowFromAccount), 0.5);
        page.ResetColor();
    }

    /// <summary>A label (small, top left of a cell, fi / sv) and the values below it.</summary>
    private sealed class SlipText(PdfPageBuilder page, PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont bold)
    {
        public void Cell(double left, double top, string label, IReadOnlyList<string> values, bool strong = false)
        {
            var x = left + (1.5 * Mm);
            page.SetTextAndFillColor(70, 70, 70);
            page.AddText(LetterFonts.Regular.Drawable(label), LabelSize, new PdfPoint(x, top - LabelSize - 1), regular);
            page.ResetColor();
            var y = top - LabelSize - 1 - (ValueSize + 2);
            foreach (var value in values.Take(4))
            {
                page.AddText((strong ? LetterFonts.Bold : LetterFonts.Regular).Drawable(value), ValueSize, new PdfPoint(x, y), strong ? bold : regular);
                y -= ValueSize + 2;
            }
        }
    }
}
