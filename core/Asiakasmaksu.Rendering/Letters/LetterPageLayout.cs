namespace Asiakasmaksu.Rendering.Letters;

/// <summary>
/// Where things go on an A4 letter, in points (1 mm = 72/25.4 pt), measured from the top-left as
/// printers do. Assumption, written down: the address field of a Finnish window envelope (C5/E5,
/// window on the left) starts 20 mm from the left edge and 45 mm from the top and is 90 × 35 mm;
/// the recipient's name and address are printed inside it and nothing else is. A printing house
/// with other envelopes changes only these numbers (the HTML letter uses the same ones).
/// </summary>
internal static class LetterPageLayout
{
    public const double Mm = 72 / 25.4;
    public const double PageWidth = 210 * Mm;
    public const double PageHeight = 297 * Mm;
    public const double Left = 20 * Mm;
    public const double ContentWidth = 170 * Mm;
    public const double SenderTop = 14 * Mm;
    public const double WindowLeft = 20 * Mm;
    public const double WindowTop = 45 * Mm;
    public const double WindowWidth = 90 * Mm;
    public const double WindowHeight = 35 * Mm;

    /// <summary>The letter text starts here on the first page (below the window).</summary>
    public const double FirstBodyTop = 92 * Mm;

    /// <summary>The letter text starts here on later pages.</summary>
    public const double BodyTop = 20 * Mm;

    /// <summary>The letter text ends above this distance from the bottom (the footer is below).</summary>
    public const double BodyBottom = 24 * Mm;

    /// <summary>The baseline of the footer's last line, from the bottom.</summary>
    public const double FooterBaseline = 10 * Mm;

    /// <summary>
    /// The height of the payment slip (tilisiirto) at the foot of the first page of a letter that asks
    /// for one payment: 101.6 mm (4 inches), the banks' giro form; its cut line is at this height.
    /// </summary>
    public const double SlipHeight = 101.6 * Mm;

    /// <summary>On a first page with a payment slip the footer's last line stands this high (just above the cut line).</summary>
    public const double SlipFooterBaseline = SlipHeight + (4 * Mm);

    /// <summary>On a first page with a payment slip the letter text ends above this height (above the footer).</summary>
    public const double SlipBodyBottom = SlipHeight + (14 * Mm);
}
