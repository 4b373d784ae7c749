using Asiakasmaksu.Application.Import;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Import;

/// <summary>
/// A billing file arrived in the <c>billing</c> container (Event Grid, as Flex Consumption
/// requires): the import use case reads it, creates the invoices and writes the error report, and
/// hands on each chunk of invoices as it is stored; each gets its orchestration then
/// (<see cref="InvoiceOrchestrationStarter"/>). A re-uploaded file, or a rerun after a crash, hands
/// on the invoices the file created earlier too: those whose orchestration already exists are left
/// alone, and those a crash left without one get it now (so does a closed invoice whose history was
/// purged; its orchestration ends at its first step).
/// </summary>
public sealed partial class BillingFileUploaded(ImportBillingFile import, ILogger<BillingFileUploaded> logger)
{
    /// <summary>The blob trigger. The blob itself is read by the import (through the billing file store), not bound here.</summary>
    [Function(nameof(BillingFileUploaded))]
    public async Task Run(
        [BlobTrigger("billing/{name}", Source = BlobTriggerSource.EventGrid)] BlobClient blob,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var starter = new InvoiceOrchestrationStarter(client);
        var outcome = await import.RunAsync(blob.Name, starter, null, cancellationToken).ConfigureAwait(false);
        if (outcome.Report is { } report)
        {
            LogImported(logger, blob.Name, report.InvoicesCreated, report.InvoicesAlreadyImported, report.Rejected, starter.Started);
        }
        else
        {
            LogRefused(logger, blob.Name);
        }
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Billing file {FileName}: {Created} invoices created, {AlreadyImported} already imported, {Rejected} lines rejected, {Started} orchestrations started")]
    private static partial void LogImported(ILogger logger, string fileName, int created, int alreadyImported, int rejected, int started);

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "Billing file {FileName} was refused whole")]
    private static partial void LogRefused(ILogger logger, string fileName);
}
