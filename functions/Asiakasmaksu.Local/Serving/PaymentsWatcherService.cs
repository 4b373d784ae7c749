using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Hosting;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Watches the payments container and applies every new bank payment file (KTL or camt.054) or new
/// version of one, through the same use case as the Azure blob trigger. Payments are recognised by
/// their bank archive id, so a file seen again applies nothing twice; the invoices paid are woken.
/// </summary>
internal sealed partial class PaymentsWatcherService(
    IPaymentFileStore files,
    PaymentFileArrival arrival,
    IWorkflowEngine engine,
    HandledFiles handled,
    IConfiguration configuration,
    ILogger<PaymentsWatcherService> logger)
    : IncomingFileWatcher(StorageNames.PaymentsContainer, handled, TimeSpan.FromSeconds(configuration.GetValue("Asiakasmaksu:Payments:PollSeconds", 10)), logger)
{
    protected override IAsyncEnumerable<IncomingFile> ListAsync(CancellationToken cancellationToken) => files.ListAsync(cancellationToken);

    protected override async Task HandleAsync(IncomingFile file, CancellationToken cancellationToken)
    {
        var outcome = await arrival.RunAsync(file.Name, engine, cancellationToken).ConfigureAwait(false);
        if (outcome.Report is { } r)
        {
            LogApplied(logger, file.Name, r.Payments, r.Applied, r.Unmatched, r.Duplicates);
        }
        else
        {
            LogRefused(logger, file.Name);
        }
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "Read {File}: {Payments} payments, {Applied} applied, {Unmatched} unmatched, {Duplicates} already read")]
    private static partial void LogApplied(ILogger logger, string file, int payments, int applied, int unmatched, int duplicates);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Refused {File}: not a usable payment file, nothing applied (see its report)")]
    private static partial void LogRefused(ILogger logger, string file);
}
