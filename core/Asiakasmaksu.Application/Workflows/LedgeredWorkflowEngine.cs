using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// Notes in the <see cref="IDueWorkLedger"/> that the work handed to the engine is due now, before
/// handing it on: an invoice told of a change must take it in, a workflow started must run. The
/// activities that do the work say when it is done (or next due). Used by the local host's
/// demonstration clock; production needs no ledger.
/// </summary>
public sealed class LedgeredWorkflowEngine(IWorkflowEngine inner, IDueWorkLedger ledger, TimeProvider clock) : IWorkflowEngine
{
    /// <summary>The ledger key of a deferral request's approval workflow.</summary>
    public static string DeferralKey(string requestId) => $"deferral-{requestId}";

    /// <inheritdoc/>
    public async Task<bool> FollowInvoiceAsync(InvoiceId id, CancellationToken cancellationToken)
    {
        var poke = ledger.Poke(id.Value, clock.GetUtcNow());
        var started = await inner.FollowInvoiceAsync(id, cancellationToken).ConfigureAwait(false);
        if (!started)
        {
            // Already followed: this call asked for no new work.
            ledger.Retract(id.Value, poke);
        }

        return started;
    }

    /// <inheritdoc/>
    public Task InvoiceChangedAsync(InvoiceId id, string reason, CancellationToken cancellationToken)
    {
        ledger.Poke(id.Value, clock.GetUtcNow());
        return inner.InvoiceChangedAsync(id, reason, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> StartDeferralApprovalAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ledger.Poke(DeferralKey(request.Id), clock.GetUtcNow());
        return inner.StartDeferralApprovalAsync(request, cancellationToken);
    }

    /// <inheritdoc/>
    public Task DecideDeferralAsync(DeferralRequest request, DeferralDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ledger.Poke(DeferralKey(request.Id), clock.GetUtcNow());
        return inner.DecideDeferralAsync(request, decision, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> StartEstateWriteOffAsync(string workflowId, EstateWriteOffOrder order, CancellationToken cancellationToken)
    {
        ledger.Poke(workflowId, clock.GetUtcNow());
        return inner.StartEstateWriteOffAsync(workflowId, order, cancellationToken);
    }
}
