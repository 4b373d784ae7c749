using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>Where a simulation's imports report: rejected lines to rejected-lines.csv, warnings about imported lines to import-warnings.csv.</summary>
internal sealed class SimulationImportSink(CsvRejectionSink rejected, CsvRejectionSink warnings) : IRejectionSink
{
    /// <summary>The billing file the next rows belong to.</summary>
    public string CurrentFile
    {
        set => (rejected.CurrentFile, warnings.CurrentFile) = (value, value);
    }

    /// <inheritdoc/>
    public Task AddAsync(LineRejection rejection, CancellationToken cancellationToken) => rejected.AddAsync(rejection, cancellationToken);

    /// <inheritdoc/>
    public Task AddWarningAsync(LineRejection warning, CancellationToken cancellationToken) => warnings.AddWarningAsync(warning, cancellationToken);
}
