using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Hosting;

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
    HandledFiles handled,
    IConfiguration configuration,
    ILogger<BillingWatcherService> logger)
    : IncomingFileWatcher(StorageNames.BillingContainer, handled, TimeSpan.FromSeconds(configuration.GetValue("Asiakasmaksu:Billing:PollSeconds", 10)), logger)
{
    protected override IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken) => files.ListAsync(cancellationToken);

    protected override async Task HandleAsync(IncomingFile file, CancellationToken cancellationToken)
    {
        var (outcome, started) = await arrival.RunAsync(file.Name, engine, null, cancellationToken).ConfigureAwait(false);
        if (outcome.Report is { } r)
        {
            LogImported(logger, file.Name, r.Lines, r.InvoicesCreated, r.InvoicesAlreadyImported, r.Rejected, r.Warnings, started);
        }
        else
        {
            LogRefused(logger, file.Name);
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Imported {File}: {Lines} lines, {Created} invoices created, {Earlier} already imported, {Rejected} lines rejected, {Warnings} imported with a warning, {Started} orchestrations started")]
    private static partial void LogImported(ILogger logger, string file, int lines, int created, int earlier, int rejected, int warnings, int started);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Refused {File}: not a billing file (see its error report)")]
    private static partial void LogRefused(ILogger logger, string file);
}
