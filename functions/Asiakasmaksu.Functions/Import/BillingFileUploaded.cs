using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Functions.Invoices;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Import;

/// <summary>
/// A billing file arrived in the <c>billing</c> container (Event Grid, as Flex Consumption
/// requires): the import use case reads it, creates the invoices and writes the error report; then
/// each invoice created now gets its orchestration, instance id = invoice id. A re-uploaded file
/// creates nothing new, so it starts nothing; an instance that already exists is left alone anyway.
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
        var outcome = await import.RunAsync(blob.Name, null, cancellationToken).ConfigureAwait(false);
        var started = await StartNewInvoicesAsync(client, outcome, cancellationToken).ConfigureAwait(false);
        if (outcome.Report is { } report)
        {
            LogImported(logger, blob.Name, report.InvoicesCreated, report.InvoicesAlreadyImported, report.Rejected, started);
        }
        else
        {
            LogRefused(logger, blob.Name);
        }
    }

    /// <summary>Starts the orchestration of each invoice the import created now; returns how many were started.</summary>
    public static async Task<int> StartNewInvoicesAsync(DurableTaskClient client, ImportOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var started = 0;
        foreach (var invoiceId in outcome.Report?.CreatedIds ?? [])
        {
            if (await InvoiceOrchestration.StartAsync(client, invoiceId, cancellationToken).ConfigureAwait(false))
            {
                started++;
            }
        }

        return started;
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Billing file {FileName}: {Created} invoices created, {AlreadyImported} already imported, {Rejected} lines rejected, {Started} orchestrations started")]
    private static partial void LogImported(ILogger logger, string fileName, int created, int alreadyImported, int rejected, int started);

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "Billing file {FileName} was refused whole")]
    private static partial void LogRefused(ILogger logger, string fileName);
}
