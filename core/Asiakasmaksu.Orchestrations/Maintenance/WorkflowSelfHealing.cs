using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations.Deferrals;
using Asiakasmaksu.Orchestrations.Invoices;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Orchestrations.Maintenance;

/// <summary>
/// The nightly self-healing and purge: every open invoice with a wake-up to come whose orchestration
/// is not pending, running or suspended (it failed after all retries, was terminated, or never
/// started) gets one; so does every pending deferral request; then the history of ended instances
/// created more than <see cref="KeepHistoryDays"/> days ago is purged. The work is bounded by the
/// open invoices and pending requests (one status read each, streamed), not by every invoice or
/// instance ever made. Safe to run again or concurrently: an instance is only started when none is active.
/// </summary>
public sealed class WorkflowSelfHealing(OpenInvoices openInvoices, DeferralApprovals approvals, TimeProvider clock)
{
    /// <summary>Days after its creation that the history of an ended orchestration is kept (for investigating what happened).</summary>
    public const int KeepHistoryDays = 30;

    /// <summary>One pass over <paramref name="client"/>'s task hub.</summary>
    public async Task<SelfHealingResult> RunAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var invoices = 0;
        await foreach (var id in openInvoices.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await StartUnlessActiveAsync(client, nameof(InvoiceOrchestrator), id.Value, new InvoiceWake(id.Value), cancellationToken).ConfigureAwait(false))
            {
                invoices++;
            }
        }

        var requests = 0;
        await foreach (var request in approvals.ListAsync("pending", cancellationToken).ConfigureAwait(false))
        {
            var instanceId = DeferralApprovalOrchestrator.InstanceId(request.Id);
            if (await StartUnlessActiveAsync(client, nameof(DeferralApprovalOrchestrator), instanceId, new DeferralApprovalInput(request.Id, request.InvoiceId.Value), cancellationToken).ConfigureAwait(false))
            {
                requests++;
            }
        }

        var ended = new PurgeInstancesFilter(
            CreatedFrom: DateTimeOffset.UnixEpoch,
            CreatedTo: clock.GetUtcNow().AddDays(-KeepHistoryDays),
            Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated]);
        var purged = await client.PurgeAllInstancesAsync(ended, cancellationToken).ConfigureAwait(false);
        return new SelfHealingResult(invoices, requests, purged.PurgedInstanceCount);
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
}
