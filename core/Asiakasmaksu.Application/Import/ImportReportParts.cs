using System.Globalization;
using System.Text;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// The error report of a file imported in slices, one part per slice that had rows: each part is a
/// whole CSV report (<see cref="CsvRejectionSink"/>) stored beside the reports as
/// <c>&lt;file&gt;.&lt;key&gt;.part00000</c> (its <c>.errors.csv</c> added by the store). A slice run again
/// writes its part again whole, so no row is doubled or lost; the parts are joined in slice order
/// into the file's report and then deleted.
/// </summary>
public static class ImportReportParts
{
    private static readonly byte[] HeaderLine = new UTF8Encoding(false).GetBytes(CsvRejectionSink.Header + "\n");

    /// <summary>The name under which slice <paramref name="slice"/> of import <paramref name="importKey"/> of <paramref name="fileName"/> keeps its part.</summary>
    public static string NameOf(string fileName, string importKey, int slice) =>
        $"{fileName}.{importKey}.part{slice.ToString("D5", CultureInfo.InvariantCulture)}";

    /// <summary>Appends the rows of <paramref name="part"/> (a whole report) to <paramref name="report"/>, which already has its header.</summary>
    public static async Task AppendRowsAsync(Stream part, Stream report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(report);
        var header = new byte[HeaderLine.Length];
        await part.ReadExactlyAsync(header, cancellationToken).ConfigureAwait(false);
        if (!header.AsSpan().SequenceEqual(HeaderLine))
        {
            throw new InvalidDataException("A report part does not start with the error report's header.");
        }

        await part.CopyToAsync(report, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the report's header to <paramref name="report"/>.</summary>
    public static Task WriteHeaderAsync(Stream report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.WriteAsync(HeaderLine, cancellationToken).AsTask();
    }
}
