using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// The durable engine that follows each invoice and runs the staff workflows that wait for people or
/// fan out: Durable orchestrations, in the Functions app and in the local host alike. The staff API,
/// the imports and the watchers reach it only through this port, so an endpoint answers the same in
/// both hosts. Every method is safe to call again (an instance that exists is left alone).
/// </summary>
public interface IWorkflowEngine
{
    /// <summary>
    /// Starts following invoice <paramref name="id"/> (its orchestration, instance id = invoice id)
    /// unless an instance with that id exists in any state. Returns whether it was started.
    /// </summary>
    Task<bool> FollowInvoiceAsync(InvoiceId id, CancellationToken cancellationToken);

    /// <summary>
    /// Wakes the invoice's orchestration at once because the invoice changed (a staff change, a bank
    /// payment, a decided workflow), so that its next step is recomputed now. An invoice without a
    /// running orchestration loses nothing: its next wake-up is kept in the store, and the nightly
    /// self-healing of the Functions app starts one.
    /// </summary>
    Task InvoiceChangedAsync(InvoiceId id, string reason, CancellationToken cancellationToken);

    /// <summary>Starts the approval workflow of a recorded deferral request (approvers told, a supervisor's decision or the deadline awaited). Returns whether it was started.</summary>
    Task<bool> StartDeferralApprovalAsync(DeferralRequest request, CancellationToken cancellationToken);

    /// <summary>Hands a supervisor's checked decision to the request's approval workflow, which applies or rejects it.</summary>
    Task DecideDeferralAsync(DeferralRequest request, DeferralDecision decision, CancellationToken cancellationToken);

    /// <summary>
    /// Starts an estate write-off as <paramref name="workflowId"/> (derived from the request's
    /// idempotency scope, never from the client id, which must not appear in instance ids). Returns
    /// whether it was started; an existing one is left alone.
    /// </summary>
    Task<bool> StartEstateWriteOffAsync(string workflowId, EstateWriteOffOrder order, CancellationToken cancellationToken);
}
