using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Hosting;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Watches the billing container and starts the import orchestration of every new file or new
/// version of a file (<see cref="IBillingImportStarter"/>), as the Functions blob trigger does: the
/// same orchestration imports it in slices on the local engine, each slice starting its invoices'
/// orchestrations (imports are idempotent; a second start of the same version is nothing).
/// </summary>
internal sealed partial class BillingWatcherService(
    IBillingFileStore files,
    IBillingImportStarter imports,
    HandledFiles handled,
    IConfiguration configuration,
    ILogger<BillingWatcherService> logger)
    : IncomingFileWatcher(StorageNames.BillingContainer, handled, TimeSpan.FromSeconds(configuration.GetValue("Asiakasmaksu:Billing:PollSeconds", 10)), logger)
{
    protected override IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken) => files.ListAsync(cancellationToken);

    protected override async Task HandleAsync(IncomingFile file, CancellationToken cancellationToken)
    {
        var started = await imports.StartAsync(file.Name, file.Version, cancellationToken).ConfigureAwait(false);
        LogImporting(logger, file.Name, BillingFileImportSteps.InstanceId(file.Name, file.Version), started);
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Importing {File}: import orchestration {InstanceId} started {Started} (false: that version's import exists already)")]
    private static partial void LogImporting(ILogger logger, string file, string instanceId, bool started);
}
