using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;

namespace Asiakasmaksu.Local.Serving;

/// <summary>Watches the billing container and imports every new file or new version of a file (imports are idempotent).</summary>
internal sealed partial class BillingWatcherService(
    IBillingFileStore files,
    ImportBillingFile import,
    LocalChangeSignal signal,
    IConfiguration configuration,
    ILogger<BillingWatcherService> logger)
    : IncomingFileWatcher<ImportOutcome>(signal, TimeSpan.FromSeconds(configuration.GetValue("Asiakasmaksu:Billing:PollSeconds", 10)), logger)
{
    /// <summary>One look at the container; also called by the import command (with a progress display) and tests.</summary>
    public Task<IReadOnlyList<ImportOutcome>> PassAsync(CancellationToken cancellationToken, IProgress<ImportProgress>? progress = null) =>
        PassAsync((file, ct) => ImportAsync(file, progress, ct), cancellationToken);

    protected override IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken) => files.ListAsync(cancellationToken);

    protected override Task<ImportOutcome> HandleAsync(IncomingFile file, CancellationToken cancellationToken) => ImportAsync(file, null, cancellationToken);

    private async Task<ImportOutcome> ImportAsync(IncomingFile file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        // No sink for the stored invoices: the local scheduler finds new invoices in the schedule index.
        var outcome = await import.RunAsync(file.Name, null, progress, cancellationToken).ConfigureAwait(false);
        if (outcome.Report is { } r)
        {
            LogImported(logger, file.Name, r.Lines, r.InvoicesCreated, r.InvoicesAlreadyImported, r.Rejected);
        }
        else
        {
            LogRefused(logger, file.Name);
        }

        return outcome;
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Imported {File}: {Lines} lines, {Created} invoices created, {Earlier} already imported, {Rejected} lines rejected")]
    private static partial void LogImported(ILogger logger, string file, int lines, int created, int earlier, int rejected);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Refused {File}: not a billing file (see its error report)")]
    private static partial void LogRefused(ILogger logger, string file);
}
