using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>
/// simulate's <c>rejected-lines.csv</c>: <c>file,line_number,column,reason,client_id</c>, one row per
/// rejected billing line of every file of the run. Nothing else personal.
/// </summary>
internal sealed class RejectedLinesCsv(TextWriter writer) : IRejectionSink
{
    public const string Header = "file,line_number,column,reason,client_id";

    /// <summary>The file whose rejections are being written.</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary>Rows written.</summary>
    public int Count { get; private set; }

    public Task AddAsync(LineRejection rejection, CancellationToken cancellationToken)
    {
        Count++;
        return writer.WriteLineAsync(string.Join(
            ',',
            Csv.Field(FileName),
            rejection.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Csv.Field(rejection.Column),
            Csv.Field(rejection.Reason),
            Csv.Field(rejection.ClientId ?? string.Empty)).AsMemory(), cancellationToken);
    }
}
