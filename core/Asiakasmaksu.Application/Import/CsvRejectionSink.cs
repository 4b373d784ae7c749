using System.Globalization;
using System.Text;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Writes rejected lines as the CSV error report (docs/billing-file.md): header
/// <c>line_number,column,reason,client_id</c>, or with a <c>file</c> column first for a report
/// that covers several files (<c>simulate</c>'s rejected-lines.csv; set <see cref="CurrentFile"/>
/// before each file). UTF-8 without a byte-order mark, "\n" line ends, RFC 4180 quoting, and no
/// cell a spreadsheet would run as a formula (<see cref="Csv.Field"/>). Warnings about imported
/// lines are rows too, their reason starting with <see cref="WarningPrefix"/>. Holds nothing
/// personal but the client id. Not thread-safe.
/// </summary>
public sealed class CsvRejectionSink : IRejectionSink, IAsyncDisposable
{
    /// <summary>The header of a one-file error report.</summary>
    public const string Header = "line_number,column,reason,client_id";

    /// <summary>The header of a report covering several files.</summary>
    public const string HeaderWithFile = "file,line_number,column,reason,client_id";

    /// <summary>How the reason of a warning row starts: the line was imported, but something needs checking.</summary>
    public const string WarningPrefix = "warning (line imported): ";

    private readonly StreamWriter writer;
    private readonly bool withFileColumn;
    private readonly CsvReportRows rows;

    /// <summary>Starts a report on <paramref name="output"/> and writes its header.</summary>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="withFileColumn">True for a report covering several files (a <c>file</c> column first).</param>
    /// <param name="leaveOpen">True to leave <paramref name="output"/> open when the sink is disposed.</param>
    /// <param name="rows">Which rows the report holds: rejections and warnings (the error report), or only one kind.</param>
    public CsvRejectionSink(Stream output, bool withFileColumn = false, bool leaveOpen = false, CsvReportRows rows = CsvReportRows.All)
    {
        writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen) { NewLine = "\n" };
        this.withFileColumn = withFileColumn;
        this.rows = rows;
        writer.WriteLine(withFileColumn ? HeaderWithFile : Header);
    }

    /// <summary>The file the next rejections belong to (only with the file column).</summary>
    public string CurrentFile { get; set; } = string.Empty;

    /// <summary>Rows written (the header not counted).</summary>
    public int Count { get; private set; }

    /// <summary>Warning rows written.</summary>
    public int Warnings { get; private set; }

    /// <inheritdoc/>
    public Task AddAsync(LineRejection rejection, CancellationToken cancellationToken) =>
        rows.HasFlag(CsvReportRows.Rejections) ? WriteAsync(rejection, string.Empty, cancellationToken) : Task.CompletedTask;

    /// <inheritdoc/>
    public async Task AddWarningAsync(LineRejection warning, CancellationToken cancellationToken)
    {
        if (rows.HasFlag(CsvReportRows.Warnings))
        {
            await WriteAsync(warning, WarningPrefix, cancellationToken).ConfigureAwait(false);
            Warnings++;
        }
    }

    /// <summary>Writes out what is buffered.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => writer.DisposeAsync();

    private async Task WriteAsync(LineRejection rejection, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var row = new StringBuilder(128);
        if (withFileColumn)
        {
            row.Append(Csv.Field(CurrentFile)).Append(',');
        }

        row.Append(rejection.LineNumber.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(Csv.Field(rejection.Column)).Append(',')
            .Append(Csv.Field(prefix + rejection.Reason)).Append(',')
            .Append(Csv.Field(rejection.ClientId ?? string.Empty));
        await writer.WriteLineAsync(row, cancellationToken).ConfigureAwait(false);
        Count++;
    }
}
