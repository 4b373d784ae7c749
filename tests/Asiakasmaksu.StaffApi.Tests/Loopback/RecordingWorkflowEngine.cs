using System.Collections.Concurrent;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.StaffApi.Loopback;

/// <summary>
/// The workflow engine of the loopback host: keeps what the API handed to it. The API's tests check
/// what an endpoint asks of the engine; the orchestrations themselves are tested on a real Durable
/// engine (tests/Asiakasmaksu.Orchestrations.Tests, tests/Asiakasmaksu.Local.Tests).
/// </summary>
public sealed class RecordingWorkflowEngine : IWorkflowEngine
{
    private readonly ConcurrentQueue<InvoiceId> changed = new();
    private readonly ConcurrentQueue<DeferralRequest> approvals = new();
    private readonly ConcurrentQueue<(DeferralRequest Request, DeferralDecision Decision)> decisions = new();
    private readonly ConcurrentQueue<(string WorkflowId, EstateWriteOffOrder Order)> estates = new();

    /// <summary>Every invoice told about a change so far, in order.</summary>
    public IReadOnlyList<InvoiceId> Changed => [.. changed];

    /// <summary>Deferral approvals started.</summary>
    public IReadOnlyList<DeferralRequest> Approvals => [.. approvals];

    /// <summary>Decisions handed to approvals.</summary>
    public IReadOnlyList<(DeferralRequest Request, DeferralDecision Decision)> Decisions => [.. decisions];

    /// <summary>Estate write-offs started.</summary>
    public IReadOnlyList<(string WorkflowId, EstateWriteOffOrder Order)> EstateWriteOffs => [.. estates];

    /// <inheritdoc/>
    public Task<bool> FollowInvoiceAsync(InvoiceId id, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <inheritdoc/>
    public Task InvoiceChangedAsync(InvoiceId id, string reason, CancellationToken cancellationToken)
    {
        changed.Enqueue(id);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> StartDeferralApprovalAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        approvals.Enqueue(request);
        return Task.FromResult(true);
    }

    /// <inheritdoc/>
    public Task DecideDeferralAsync(DeferralRequest request, DeferralDecision decision, CancellationToken cancellationToken)
    {
        decisions.Enqueue((request, decision));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> StartEstateWriteOffAsync(string workflowId, EstateWriteOffOrder order, CancellationToken cancellationToken)
    {
        estates.Enqueue((workflowId, order));
        return Task.FromResult(true);
    }
}
