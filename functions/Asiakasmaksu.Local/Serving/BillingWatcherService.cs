using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Workflows;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Watches the billing container and imports every new file or new version of a file through
/// <see cref="BillingFileArrival"/>, as the Functions blob trigger does: each new invoice's
/// orchestration starts as its chunk is stored (imports are idempotent).
/// </summary>
internal sealed partial class BillingWatcherService(
    IBillingFileStore files,
    BillingFileArrival arrival,
    IWorkflowEngine engine,
    IConfiguration configuration,
    ILogger<BillingWatcherService> logger)
    : IncomingFileWatcher<ImportOutcome>(TimeSpan.FromSeconds(configuration.GetValue("Asiakasmaksu:Billing:PollSeconds", 10)), logger)
{
    /// <summary>One look at the container; also called by the import command (with a progress display) and tests.</summary>
    public Task<IReadOnlyList<ImportOutcome>> PassAsync(CancellationToken cancellationToken, IProgress<ImportProgress>? progress = null) =>
        PassAsync((file, ct) => ImportAsync(file, progress, ct), cancellationToken);

    protected override IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken) => files.ListAsync(cancellationToken);

    protected override Task<ImportOutcome> HandleAsync(IncomingFile file, CancellationToken cancellationToken) => ImportAsync(file, null, cancellationToken);

    private async Task<ImportOutcome> ImportAsync(IncomingFile file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var (outcome, started) = await arrival.RunAsync(file.Name, engine, progress, cancellationToken).ConfigureAwait(false);
        if (outcome.Report is { } r)
        {
            LogImported(logger, file.Name, r.Lines, r.InvoicesCreated, r.InvoicesAlreadyImported, r.Rejected, started);
        }
        else
        {
            LogRefused(logger, file.Name);
        }

        return outcome;
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Imported {File}: {Lines} lines, {Created} invoices created, {Earlier} already imported, {Rejected} lines rejected, {Started} orchestrations started")]
    private static partial void LogImported(ILogger logger, string file, int lines, int created, int earlier, int rejected, int started);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Refused {File}: not a billing file (see its error report)")]
    private static partial void LogRefused(ILogger logger, string file);
}
