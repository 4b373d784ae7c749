using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Functions.Deferrals;
using Asiakasmaksu.Functions.Durable;
using Asiakasmaksu.Functions.Invoices;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Maintenance;

/// <summary>
/// Every night: self-healing and housekeeping. Every open invoice without a running orchestration
/// (its orchestration failed after all retries, was terminated, or was never started) gets one;
/// so does every pending deferral request; then the history of ended instances (completed,
/// failed or terminated) created more than <see cref="KeepHistoryDays"/> days ago is purged.
/// </summary>
public sealed partial class NightlyMaintenance(OpenInvoices openInvoices, DeferralApprovals approvals, TimeProvider clock, ILogger<NightlyMaintenance> logger)
{
    /// <summary>Days after its creation that the history of an ended orchestration is kept (for investigating what happened).</summary>
    public const int KeepHistoryDays = 30;

    /// <summary>The timer: 01:30 UTC (03:30 or 04:30 in Helsinki), after the day's last changes.</summary>
    [Function(nameof(NightlyMaintenance))]
    public async Task Run([TimerTrigger("0 30 1 * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var active = await Orchestrations.ActiveInstanceIdsAsync(client, cancellationToken).ConfigureAwait(false);
        var invoices = 0;
        await foreach (var id in openInvoices.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!active.Contains(id.Value)
                && await Orchestrations.StartUnlessActiveAsync(client, nameof(InvoiceOrchestration.InvoiceOrchestrator), id.Value, id.Value, cancellationToken).ConfigureAwait(false))
            {
                invoices++;
            }
        }

        var requests = 0;
        await foreach (var request in approvals.ListAsync("pending", cancellationToken).ConfigureAwait(false))
        {
            if (!active.Contains(DeferralApprovalWorkflow.InstanceId(request.Id))
                && await DeferralApprovalWorkflow.RestartAsync(client, request, cancellationToken).ConfigureAwait(false))
            {
                requests++;
            }
        }

        var ended = new PurgeInstancesFilter(
            CreatedFrom: DateTimeOffset.UnixEpoch,
            CreatedTo: clock.GetUtcNow().AddDays(-KeepHistoryDays),
            Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated]);
        var purged = await client.PurgeAllInstancesAsync(ended, cancellationToken).ConfigureAwait(false);
        LogNight(logger, invoices, requests, purged.PurgedInstanceCount);
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Nightly maintenance: {Invoices} invoice orchestrations and {Requests} deferral approvals started again, {Purged} ended instances purged")]
    private static partial void LogNight(ILogger logger, int invoices, int requests, int purged);
}
