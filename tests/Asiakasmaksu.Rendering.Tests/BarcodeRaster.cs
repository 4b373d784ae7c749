using ZXing;
using ZXing.Common;
using ZXing.OneD;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>
/// Draws bars (left and right edges, in any unit) as a grey image and reads it with ZXing's Code 128
/// reader, a barcode reader independent of the code under test, as a scanner would.
/// </summary>
internal static class BarcodeRaster
{
    /// <summary>The text ZXing reads from <paramref name="bars"/>, or null when it reads none; <paramref name="pixelsPerUnit"/> sets the resolution.</summary>
    public static string? Read(IReadOnlyList<(double Left, double Right)> bars, double pixelsPerUnit)
    {
        var start = bars.Min(b => b.Left);
        var end = bars.Max(b => b.Right);
        var quiet = (end - start) * 0.1;
        var width = (int)Math.Ceiling((end - start + (2 * quiet)) * pixelsPerUnit);
        const int height = 12;
        var row = new byte[width];
        for (var x = 0; x < width; x++)
        {
            var at = start - quiet + ((x + 0.5) / pixelsPerUnit);
            row[x] = bars.Any(b => at >= b.Left && at < b.Right) ? (byte)0 : (byte)255;
        }

        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            row.CopyTo(pixels, y * width);
        }

        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true };
        return new Code128Reader().decode(image, hints)?.Text;
    }

    /// <summary>The bars of module widths (bar, space, bar, …), one unit a module.</summary>
    public static IReadOnlyList<(double Left, double Right)> FromModules(IReadOnlyList<int> modules)
    {
        var bars = new List<(double, double)>();
        double x = 0;
        for (var i = 0; i < modules.Count; i++)
        {
            if (i % 2 == 0)
            {
                bars.Add((x, x + modules[i]));
            }

            x += modules[i];
        }

        return bars;
    }
}
