using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>
/// Imports a run's billing files in the order given, writing <c>rejected-lines.csv</c> and
/// <c>import-warnings.csv</c> to the output folder: what <c>simulate</c> and the durable
/// <c>demo</c> both do first, on <see cref="SimulationRunner.ImportDay"/>.
/// </summary>
public static class SimulationImport
{
    /// <summary>
    /// The import of a run: every file is imported on <see cref="SimulationRunner.ImportDay"/>, before
    /// the dates it plays, so an <c>invoice_date</c> "ahead" of the import day is the point, not a
    /// mistake: that limit is off.
    /// </summary>
    public static BillingImport Importer(IInvoiceStore store, InvoiceRules rules, TimeProvider clock, ICeilingStore ceilings, IOutboxStore outbox) =>
        new(store, rules, clock, ceilings, outbox) { Limits = ImportLimits.Default with { MaxDaysAhead = null } };

    /// <summary>The one line a run ends with when a step reached a year without a tariff.</summary>
    public static string MissingTariff(int year, DateOnly from) =>
        $"no tariff is configured for {year}: reminders and collection letters wait for it from {from:yyyy-MM-dd} (the outputs show where each invoice stands); add the year to the tariff configuration (--tariffs FILE)";

    /// <summary>
    /// Imports <paramref name="input"/>'s billing files with <paramref name="import"/> (see
    /// <see cref="Importer"/>), handing each stored chunk of invoices to <paramref name="imported"/>
    /// when given; a file that cannot be read at all stops the run (<see cref="SimulationInputException"/>).
    /// </summary>
    public static async Task<IReadOnlyList<ImportReport>> RunAsync(SimulationInput input, BillingImport import, IImportedInvoiceSink? imported, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(import);
        var reports = new List<ImportReport>();
        await using var rejected = new CsvRejectionSink(File.Create(Path.Combine(input.OutputFolder, "rejected-lines.csv")), withFileColumn: true, rows: CsvReportRows.Rejections);
        await using var warnings = new CsvRejectionSink(File.Create(Path.Combine(input.OutputFolder, "import-warnings.csv")), withFileColumn: true, rows: CsvReportRows.Warnings);
        var sink = new SimulationImportSink(rejected, warnings);
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
