using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations.Imports;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Import;

/// <summary>
/// A billing file arrived in the <c>billing</c> container (Event Grid, as Flex Consumption requires):
/// starts its import orchestration (<see cref="BillingFileImportOrchestrator"/>) and returns at once.
/// The import runs in slices, each its own activity well inside the function time limit, however
/// large the file. The instance id comes from the blob's name and ETag: a second event for the same
/// version starts nothing; a new version of the file is a new import.
/// </summary>
public sealed partial class BillingFileUploaded(ILogger<BillingFileUploaded> logger)
{
    /// <summary>The blob trigger. The blob is not read here: only its name and ETag are needed.</summary>
    [Function(nameof(BillingFileUploaded))]
    public async Task Run(
        [BlobTrigger("billing/{name}", Source = BlobTriggerSource.EventGrid)] BlobClient blob,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var version = properties.Value.ETag.ToString();
        var started = await new DurableBillingImportStarter(client).StartAsync(blob.Name, version, cancellationToken).ConfigureAwait(false);
        LogStarted(logger, blob.Name, BillingFileImportSteps.InstanceId(blob.Name, version), started);
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Billing file {FileName}: import {InstanceId} started {Started} (false: that version's import exists already)")]
    private static partial void LogStarted(ILogger logger, string fileName, string instanceId, bool started);
}
