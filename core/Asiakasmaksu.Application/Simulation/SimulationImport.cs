using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>
/// Imports a run's billing files in the order given, writing <c>rejected-lines.csv</c> to the output
/// folder: what <c>simulate</c> and the durable <c>demo</c> both do first.
/// </summary>
public static class SimulationImport
{
    /// <summary>
    /// Imports <paramref name="input"/>'s billing files with <paramref name="import"/>, handing each
    /// stored chunk of invoices to <paramref name="imported"/> when given; a file that cannot be
    /// read at all stops the run (<see cref="SimulationInputException"/>).
    /// </summary>
    public static async Task<IReadOnlyList<ImportReport>> RunAsync(SimulationInput input, BillingImport import, IImportedInvoiceSink? imported, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(import);
        var reports = new List<ImportReport>();
        await using var sink = new CsvRejectionSink(File.Create(Path.Combine(input.OutputFolder, "rejected-lines.csv")), withFileColumn: true);
        foreach (var path in input.BillingFiles)
        {
            var name = Path.GetFileName(path);
            sink.CurrentFile = name;
            var phase = $"import {name}";
            var lines = new Progress<ImportProgress>(p => progress?.Report(new SimulationProgress(phase, SimulationRunner.ImportDay, p.Done, p.Total ?? 0, 0)));
            await using var file = File.OpenRead(path);
            try
            {
                reports.Add(await import.RunAsync(name, file, sink, imported, lines, cancellationToken).ConfigureAwait(false));
            }
            catch (BillingFileFormatException e)
            {
                throw new SimulationInputException($"{name}: {e.Message}", e);
            }
        }

        return reports;
    }
}
