using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Orchestrations.Deferrals;
using Asiakasmaksu.Orchestrations.Estates;
using Asiakasmaksu.Orchestrations.Invoices;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Orchestrations;

/// <summary>
/// The <see cref="IWorkflowEngine"/> on a <see cref="DurableTaskClient"/>: the Functions app's
/// Durable client and the tests' in-process engine.
/// </summary>
public sealed class DurableTaskClientEngine(DurableTaskClient client) : IWorkflowEngine
{
    /// <inheritdoc/>
    public Task<bool> FollowInvoiceAsync(InvoiceId id, CancellationToken cancellationToken) =>
        StartIfAbsentAsync(nameof(InvoiceOrchestrator), id.Value, new InvoiceWake(id.Value), cancellationToken);

    /// <inheritdoc/>
    public async Task InvoiceChangedAsync(InvoiceId id, string reason, CancellationToken cancellationToken)
    {
        // An invoice whose orchestration has ended (closed) or was never started takes nothing in:
        // its next wake-up is in the store and the nightly self-healing starts one for an open invoice.
        if (await client.GetInstanceAsync(id.Value, false, cancellationToken).ConfigureAwait(false) is { IsRunning: true } or { RuntimeStatus: OrchestrationRuntimeStatus.Pending })
        {
            await client.RaiseEventAsync(id.Value, WorkflowEvents.InvoiceChanged, reason, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public Task<bool> StartDeferralApprovalAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StartIfAbsentAsync(nameof(DeferralApprovalOrchestrator), DeferralApprovalOrchestrator.InstanceId(request.Id), new DeferralApprovalInput(request.Id, request.InvoiceId.Value), cancellationToken);
    }

    /// <inheritdoc/>
    public Task DecideDeferralAsync(DeferralRequest request, DeferralDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return client.RaiseEventAsync(DeferralApprovalOrchestrator.InstanceId(request.Id), WorkflowEvents.DeferralDecision, decision, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> StartEstateWriteOffAsync(string workflowId, EstateWriteOffOrder order, CancellationToken cancellationToken) =>
        StartIfAbsentAsync(nameof(EstateWriteOffOrchestrator), workflowId, order, cancellationToken);

    /// <summary>
    /// Schedules <paramref name="orchestrator"/> as <paramref name="instanceId"/> unless an instance with that id exists in
    /// any state (running, finished or failed): that one is left alone. Returns whether it was scheduled.
    /// </summary>
    private async Task<bool> StartIfAbsentAsync(TaskName orchestrator, string instanceId, object input, CancellationToken cancellationToken)
    {
        if (await client.GetInstanceAsync(instanceId, false, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
