using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations.Deferrals;
using Asiakasmaksu.Orchestrations.Invoices;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Maintenance;

/// <summary>
/// Every night: self-healing and housekeeping. Every open invoice without a running orchestration
/// (its orchestration failed after all retries, was terminated, or was never started) gets one;
/// so does every pending deferral request; then the history of ended instances (completed, failed
/// or terminated) created more than <see cref="KeepHistoryDays"/> days ago is purged.
/// </summary>
public sealed partial class NightlyMaintenance(OpenInvoices openInvoices, DeferralApprovals approvals, TimeProvider clock, ILogger<NightlyMaintenance> logger)
{
    /// <summary>Days after its creation that the history of an ended orchestration is kept (for investigating what happened).</summary>
    public const int KeepHistoryDays = 30;

    /// <summary>The timer: 01:30 UTC (03:30 or 04:30 in Helsinki), after the day's last changes.</summary>
    [Function(nameof(NightlyMaintenance))]
    public async Task Run([TimerTrigger("0 30 1 * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var active = await ActiveInstanceIdsAsync(client, cancellationToken).ConfigureAwait(false);
        var invoices = 0;
        await foreach (var id in openInvoices.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!active.Contains(id.Value)
                && await StartUnlessActiveAsync(client, nameof(InvoiceOrchestrator), id.Value, new InvoiceWake(id.Value), cancellationToken).ConfigureAwait(false))
            {
                invoices++;
            }
        }

        var requests = 0;
        await foreach (var request in approvals.ListAsync("pending", cancellationToken).ConfigureAwait(false))
        {
            var instanceId = DeferralApprovalOrchestrator.InstanceId(request.Id);
            if (!active.Contains(instanceId)
                && await StartUnlessActiveAsync(client, nameof(DeferralApprovalOrchestrator), instanceId, new DeferralApprovalInput(request.Id, request.InvoiceId.Value), cancellationToken).ConfigureAwait(false))
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

    /// <summary>
    /// Schedules <paramref name="orchestrator"/> as <paramref name="instanceId"/> unless that instance is
    /// pending, running or suspended; a completed, failed or terminated one is replaced. Returns whether it was scheduled.
    /// </summary>
    private static async Task<bool> StartUnlessActiveAsync(DurableTaskClient client, TaskName orchestrator, string instanceId, object input, CancellationToken cancellationToken)
    {
        if (await client.GetInstanceAsync(instanceId, false, cancellationToken).ConfigureAwait(false) is { IsCompleted: false })
        {
            return false;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The ids of the instances that are pending, running or suspended.</summary>
    private static async Task<HashSet<string>> ActiveInstanceIdsAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        var query = new OrchestrationQuery(
            Statuses: [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended],
            PageSize: 1000);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(instance.InstanceId);
        }

        return ids;
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Nightly maintenance: {Invoices} invoice orchestrations and {Requests} deferral approvals started again, {Purged} ended instances purged")]
    private static partial void LogNight(ILogger logger, int invoices, int requests, int purged);
}
