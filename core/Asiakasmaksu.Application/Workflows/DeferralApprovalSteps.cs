using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// The steps of the deferral approval workflow (the human-interaction pattern), one per activity:
/// tell the approvers and give the deadline; apply or reject a supervisor's decision; expire the
/// request when its 5 bank days pass undecided. Each step is idempotent: a request no longer
/// pending is left as it is, so a retried activity never defers twice.
/// </summary>
public sealed class DeferralApprovalSteps(DeferralApprovals approvals, BusinessClock clock, IDueWorkLedger ledger)
{
    /// <summary>Tells the approvers that a request waits (not when it was decided meanwhile); returns its status and deadline.</summary>
    public async Task<DeferralWait> NotifyApproversAsync(string requestId, CancellationToken cancellationToken)
    {
        var key = LedgeredWorkflowEngine.DeferralKey(requestId);
        var mark = ledger.Begin(key);
        var request = await RequestAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (!request.IsPending)
        {
            ledger.End(key, mark, null);
            return new DeferralWait(request.Status, null);
        }

        await approvals.NotifyApproversAsync(request, cancellationToken).ConfigureAwait(false);
        var deadline = DeferralApprovals.DecisionDeadline(request);
        ledger.End(key, mark, deadline);
        return new DeferralWait(DeferralWait.Pending, clock.EngineInstantOf(deadline));
    }

    /// <summary>
    /// Applies an approved request as the supervisor's deferral (a deferral the invoice no longer
    /// allows rejects the request with the reason), or rejects it. Returns the request's status.
    /// </summary>
    public async Task<string> DecideAsync(DeferralVerdict verdict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var key = LedgeredWorkflowEngine.DeferralKey(verdict.RequestId);
        var mark = ledger.Begin(key);
        var request = await RequestAsync(verdict.RequestId, cancellationToken).ConfigureAwait(false);
        var status = request.Status;
        if (request.IsPending)
        {
            var decider = new Stamp(verdict.Decider, verdict.At, verdict.Note ?? string.Empty);
            var decided = verdict.Approve
                ? await approvals.ApplyAsync(request, decider, verdict.Note, cancellationToken).ConfigureAwait(false)
                : await approvals.RejectAsync(request, decider, verdict.Note, cancellationToken).ConfigureAwait(false);
            status = decided.Status;
        }

        Decided(key, mark, request);
        return status;
    }

    /// <summary>
    /// The deadline's timer fired: expires the request if it is still pending and its deadline has
    /// come in business time. A timer that fired early leaves it pending and gives the deadline again.
    /// </summary>
    public async Task<DeferralWait> ExpireAsync(string requestId, CancellationToken cancellationToken)
    {
        var key = LedgeredWorkflowEngine.DeferralKey(requestId);
        var request = await RequestAsync(requestId, cancellationToken).ConfigureAwait(false);
        var deadline = DeferralApprovals.DecisionDeadline(request);
        await clock.WaitUntilAsync(deadline, cancellationToken).ConfigureAwait(false);
        var mark = ledger.Begin(key);
        if (request.IsPending && clock.GetUtcNow() < deadline)
        {
            ledger.End(key, mark, deadline);
            return new DeferralWait(DeferralWait.Pending, clock.EngineInstantOf(deadline));
        }

        var status = request.IsPending
            ? (await approvals.ExpireAsync(request, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false)).Status
            : request.Status;
        Decided(key, mark, request);
        return new DeferralWait(status, null);
    }

    /// <summary>The request is decided: nothing more is due for it, and its invoice must take the outcome in.</summary>
    private void Decided(string key, long mark, DeferralRequest request)
    {
        ledger.Poke(request.InvoiceId.Value, clock.GetUtcNow());
        ledger.End(key, mark, null);
    }

    private async Task<DeferralRequest> RequestAsync(string requestId, CancellationToken cancellationToken) =>
        await approvals.GetAsync(requestId, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"Deferral request {requestId} does not exist, but its approval workflow runs.");
}
