using Asiakasmaksu.Application.Import;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Watches the billing container (what Event Grid does in Azure): imports every new file or new
/// version of a file. Imports are idempotent, so after a restart files are looked at again and
/// nothing is created twice.
/// </summary>
internal sealed partial class BillingWatcherService(
    IBillingFileStore files,
    ImportBillingFile import,
    LocalChangeSignal signal,
    IConfiguration configuration,
    ILogger<BillingWatcherService> logger) : BackgroundService
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(configuration.GetValue("Asiakasmaksu:Billing:PollSeconds", 10));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, e.GetType().Name);
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One look at the container; also called by the import command (with a progress display) and tests.</summary>
    public async Task<IReadOnlyList<ImportOutcome>> PassAsync(CancellationToken cancellationToken, IProgress<ImportProgress>? progress = null)
    {
        var outcomes = new List<ImportOutcome>();
        await foreach (var file in files.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!seen.Add($"{file.Name}\n{file.Version}"))
            {
                continue;
            }

            var outcome = await import.RunAsync(file.Name, progress, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            if (outcome.Report is { } r)
            {
                LogImported(logger, file.Name, r.Lines, r.InvoicesCreated, r.InvoicesAlreadyImported, r.Rejected);
            }
            else
            {
                LogRefused(logger, file.Name);
            }
        }

        if (outcomes.Count > 0)
        {
            await signal.InvoiceChangedAsync(default, cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Imported {File}: {Lines} lines, {Created} invoices created, {Earlier} already imported, {Rejected} lines rejected")]
    private static partial void LogImported(ILogger logger, string file, int lines, int created, int earlier, int rejected);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Refused {File}: not a billing file (see its error report)")]
    private static partial void LogRefused(ILogger logger, string file);

    [LoggerMessage(EventId = 22, Level = LogLevel.Error, Message = "Billing watcher pass failed with {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
