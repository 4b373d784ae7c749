using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Orchestrations;
using Asiakasmaksu.Orchestrations.Deferrals;
using Asiakasmaksu.Orchestrations.Estates;
using Asiakasmaksu.Orchestrations.Invoices;
using DurableTask.Core;
using DurableTask.Core.Exceptions;

namespace Asiakasmaksu.Local.Durable;

/// <summary>
/// The <see cref="IWorkflowEngine"/> on DurableTask.Core's <see cref="TaskHubClient"/> (System.Text.Json,
/// like the isolated worker): what the local host's staff API, watchers and commands start and wake
/// orchestrations with. Starting is one call: the provider refuses an instance id that exists in any state.
/// </summary>
internal sealed class TaskHubClientEngine(TaskHubClient client) : IWorkflowEngine
{
    private static readonly OrchestrationStatus[] AnyState =
    [
        OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.Suspended, OrchestrationStatus.ContinuedAsNew,
        OrchestrationStatus.Completed, OrchestrationStatus.Failed, OrchestrationStatus.Terminated, OrchestrationStatus.Canceled,
    ];

    /// <inheritdoc/>
    public Task<bool> FollowInvoiceAsync(InvoiceId id, CancellationToken cancellationToken) =>
        StartIfAbsentAsync(nameof(InvoiceOrchestrator), id.Value, new InvoiceWake(id.Value));

    /// <inheritdoc/>
    /// <remarks>An event for an instance that has ended or never started is dropped by the provider.</remarks>
    public Task InvoiceChangedAsync(InvoiceId id, string reason, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(new OrchestrationInstance { InstanceId = id.Value }, WorkflowEvents.InvoiceChanged, reason);

    /// <inheritdoc/>
    public Task<bool> StartDeferralApprovalAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StartIfAbsentAsync(nameof(DeferralApprovalOrchestrator), DeferralApprovalOrchestrator.InstanceId(request.Id), new DeferralApprovalInput(request.Id, request.InvoiceId.Value));
    }

    /// <inheritdoc/>
    public Task DecideDeferralAsync(DeferralRequest request, DeferralDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return client.RaiseEventAsync(new OrchestrationInstance { InstanceId = DeferralApprovalOrchestrator.InstanceId(request.Id) }, WorkflowEvents.DeferralDecision, decision);
    }

    /// <inheritdoc/>
    public Task<bool> StartEstateWriteOffAsync(string workflowId, EstateWriteOffOrder order, CancellationToken cancellationToken) =>
        StartIfAbsentAsync(nameof(EstateWriteOffOrchestrator), workflowId, order);

    /// <summary>Starts <paramref name="orchestrator"/> as <paramref name="instanceId"/> unless an instance with that id exists in any state; false when one did.</summary>
    internal async Task<bool> StartIfAbsentAsync(string orchestrator, string instanceId, object input)
    {
        try
        {
            await client.CreateOrchestrationInstanceAsync(orchestrator, string.Empty, instanceId, input, null, AnyState).ConfigureAwait(false);
            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return false;
        }
    }
}
