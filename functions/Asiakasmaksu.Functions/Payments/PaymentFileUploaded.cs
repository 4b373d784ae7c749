using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Payments;

/// <summary>
/// A bank payment file arrived in the <c>payments</c> container (Event Grid, as Flex Consumption
/// requires): <see cref="PaymentFileArrival"/> applies it and wakes the invoices it paid. The
/// infra's Event Grid subscription targets this function by its name.
/// </summary>
public sealed partial class PaymentFileUploaded(PaymentFileArrival arrival, ILogger<PaymentFileUploaded> logger)
{
    /// <summary>The blob trigger. The blob itself is read by the use case (through the payment file store), not bound here.</summary>
    [Function(nameof(PaymentFileUploaded))]
    public async Task Run(
        [BlobTrigger("payments/{name}", Source = BlobTriggerSource.EventGrid)] BlobClient blob,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var outcome = await arrival.RunAsync(blob.Name, new DurableTaskClientEngine(client), cancellationToken).ConfigureAwait(false);
        if (outcome.Report is { } report)
        {
            LogApplied(logger, blob.Name, report.Payments, report.Applied, report.Unmatched, report.Duplicates, report.Cancelled);
        }
        else
        {
            // The refusal names a record or element path and the reason, never a payer.
            LogRefused(logger, blob.Name, outcome.Refusal?.Message ?? string.Empty);
        }
    }

    [LoggerMessage(EventId = 520, Level = LogLevel.Information, Message = "Payment file {FileName}: {Payments} payments, {Applied} applied, {Unmatched} unmatched, {Duplicates} already read, {Cancelled} cancelled by a reversal")]
    private static partial void LogApplied(ILogger logger, string fileName, int payments, int applied, int unmatched, int duplicates, int cancelled);

    [LoggerMessage(EventId = 521, Level = LogLevel.Warning, Message = "Payment file {FileName} was refused whole, nothing applied: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string fileName, string refusal);
}
