using System.Globalization;
using System.Text;

namespace Asiakasmaksu.Testing;

/// <summary>Hand-made KTL reference transfer files: one batch (record 0, records 3, record 9 with correct totals unless told otherwise).</summary>
public static class KtlFileBuilder
{
    /// <summary>One payment line of a KTL file.</summary>
    /// <param name="ArchiveId">The bank's archive id (up to 16 characters).</param>
    /// <param name="Reference">The reference (zero-padded to 20).</param>
    /// <param name="Cents">The amount in cents.</param>
    /// <param name="EntryDate">The booking day.</param>
    /// <param name="Correction">True for a correction (reversal).</param>
    public sealed record Line(string ArchiveId, string Reference, long Cents, DateOnly EntryDate, bool Correction = false);

    /// <summary>The file's bytes (ISO-8859-1, CR LF).</summary>
    public static byte[] Bytes(IReadOnlyList<Line> lines, long? statedSumCents = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new StringBuilder();
        var day = lines.Count > 0 ? lines[0].EntryDate : new DateOnly(2026, 1, 1);
        text.Append(("0" + Yymmdd(day) + "0930" + "01" + "123456789" + "1").PadRight(90)).Append("\r\n");
        foreach (var l in lines)
        {
            text.Append('3').Append("12345600000785").Append(Yymmdd(l.EntryDate)).Append(Yymmdd(l.EntryDate))
                .Append(l.ArchiveId.PadRight(16)).Append(l.Reference.PadLeft(20, '0')).Append("MÄKELÄ AINO ")
                .Append("1A").Append(l.Cents.ToString("D10", CultureInfo.InvariantCulture)).Append(l.Correction ? '1' : '0').Append("A ").Append("\r\n");
        }

        var payments = lines.Where(l => !l.Correction).ToList();
        var corrections = lines.Where(l => l.Correction).ToList();
        text.Append(("9" + payments.Count.ToString("D6", CultureInfo.InvariantCulture)
            + (statedSumCents ?? payments.Sum(l => l.Cents)).ToString("D11", CultureInfo.InvariantCulture)
            + corrections.Count.ToString("D6", CultureInfo.InvariantCulture)
            + corrections.Sum(l => l.Cents).ToString("D11", CultureInfo.InvariantCulture)).PadRight(90)).Append("\r\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    private static string Yymmdd(DateOnly d) => d.ToString("yyMMdd", CultureInfo.InvariantCulture);
}
