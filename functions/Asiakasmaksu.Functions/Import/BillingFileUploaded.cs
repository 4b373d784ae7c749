using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Import;

/// <summary>
/// A billing file arrived in the <c>billing</c> container (Event Grid, as Flex Consumption requires):
/// <see cref="BillingFileArrival"/> imports it and starts each invoice's orchestration as its chunk is stored.
/// </summary>
public sealed partial class BillingFileUploaded(BillingFileArrival arrival, ILogger<BillingFileUploaded> logger)
{
    /// <summary>The blob trigger. The blob itself is read by the import (through the billing file store), not bound here.</summary>
    [Function(nameof(BillingFileUploaded))]
    public async Task Run(
        [BlobTrigger("billing/{name}", Source = BlobTriggerSource.EventGrid)] BlobClient blob,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var (outcome, started) = await arrival.RunAsync(blob.Name, new DurableTaskClientEngine(client), null, cancellationToken).ConfigureAwait(false);
        if (outcome.Report is { } report)
        {
            LogImported(logger, blob.Name, report.InvoicesCreated, report.InvoicesAlreadyImported, report.Rejected, started);
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
