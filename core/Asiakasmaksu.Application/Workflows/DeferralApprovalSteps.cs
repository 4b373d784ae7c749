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
    /// Carries out the supervisor's decision that the staff API claimed (<see cref="DeferralApprovals.ClaimDecisionAsync"/>):
    /// an approval applies the deferral (or becomes a rejection naming why the invoice no longer
    /// allows it), then the decision is audited and told. A decision handed on while the request is
    /// still pending is claimed here first; one that lost to another decision changes nothing.
    /// Returns the request's status.
    /// </summary>
    public async Task<string> DecideAsync(DeferralVerdict verdict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var key = LedgeredWorkflowEngine.DeferralKey(verdict.RequestId);
        var mark = ledger.Begin(key);
        var request = await RequestAsync(verdict.RequestId, cancellationToken).ConfigureAwait(false);
        if (request.IsPending)
        {
            var decider = new Stamp(verdict.Decider, verdict.At, verdict.Note ?? string.Empty);
            var (claimed, _, refusal) = await approvals.ClaimDecisionAsync(verdict.RequestId, verdict.Approve, verdict.Note, decider, cancellationToken).ConfigureAwait(false);
            request = claimed ?? request;
            if (refusal is not null)
            {
                Decided(key, mark, request);
                return request.Status;
            }
        }

        var status = ClaimedByStaff(request)
            ? (await approvals.CarryOutAsync(request, cancellationToken).ConfigureAwait(false)).Status
            : request.Status;
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

        // A decision the staff API claimed, whose hand-over never arrived (the API died between) or
        // that won against this expiry at the deadline, is carried out here: the workflow ends after
        // this step, so nothing else would. An expiry is told again when this step is a retry (its
        // first run may have died between the expiry and telling it; told once however often).
        var current = request.IsPending || request.Status == "expired"
            ? await approvals.ExpireAsync(request, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false)
            : request;
        var status = ClaimedByStaff(current)
            ? (await approvals.CarryOutAsync(current, cancellationToken).ConfigureAwait(false)).Status
            : current.Status;
        Decided(key, mark, request);
        return new DeferralWait(status, null);
    }

    /// <summary>The request is decided: nothing more is due for it, and its invoice must take the outcome in.</summary>
    private void Decided(string key, long mark, DeferralRequest request)
    {
        ledger.Poke(request.InvoiceId.Value, clock.GetUtcNow());
        ledger.End(key, mark, null);
    }

    /// <summary>
    /// Whether the request carries a supervisor's decision (approved, or rejected by staff; not an
    /// expiry), which the approval workflow carries out once: the workflow ends after it.
    /// </summary>
    private static bool ClaimedByStaff(DeferralRequest request) => !request.IsPending && request.Decider is { IsStaff: true };

    private async Task<DeferralRequest> RequestAsync(string requestId, CancellationToken cancellationToken) =>
        await approvals.GetAsync(requestId, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"Deferral request {requestId} does not exist, but its approval workflow runs.");
}
