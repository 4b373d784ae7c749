using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Calendar;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Deferrals;

/// <summary>
/// Deferrals beyond the requester's authority (the human-interaction pattern): a team member asks
/// (up to 12 months), approvers are told, a supervisor approves or rejects, and a request not
/// decided within 5 bank days expires. Requester and client are told the outcome. The steps are
/// separate so that a Durable orchestration can run them; the local host calls them directly and
/// expires requests from its scheduler. Every request, refusal and outcome leaves an audit record
/// (actions <c>deferral_request</c> and <c>deferral_request_decision</c>); an approved request's
/// deferral is audited as a <c>deferral</c> too.
/// </summary>
public sealed class DeferralApprovals(
    IDeferralRequestStore requests,
    IInvoiceStore store,
    StaffActions staff,
    IOutboxStore outbox,
    IStaffNotifier notifier,
    InvoiceRules rules)
{
    /// <summary>Bank days a request waits for a decision.</summary>
    public const int DecisionBankDays = 5;

    /// <summary>The note (and reason) of a request that expired undecided.</summary>
    public const string ExpiredNote = "not decided within 5 bank days";

    /// <summary>
    /// The instant <paramref name="request"/> expires: the start (00:00 Europe/Helsinki) of the day
    /// after its last day <see cref="DeferralRequest.ExpiresOn"/>. The Durable approval
    /// orchestration sets its timer here.
    /// </summary>
    public static DateTimeOffset DecisionDeadline(DeferralRequest request) => BusinessTime.StartOf(request.ExpiresOn.AddDays(1));

    private const string RequestAction = "deferral_request";
    private const string DecisionAction = "deferral_request_decision";

    /// <summary>
    /// Records a request after checking that a supervisor could grant it now; returns the request,
    /// or the reason it cannot be made. <paramref name="requestId"/> makes it idempotent. An invoice
    /// has at most one pending request: a second one, while the first waits and can still be
    /// decided, is refused (<see cref="RefusalKind.WrongState"/>) naming the first, so approvers are
    /// not asked the same thing twice.
    /// </summary>
    public async Task<(DeferralRequest? Request, RefusalKind? Kind, string? Refusal)> RequestAsync(string requestId, InvoiceId invoiceId, DateOnly newDueDate, Stamp stamp, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(requestId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            // A retry: the attempt that recorded the request may have died before its audit record, which is appended again (kept once).
            var state = (await store.LoadAsync(existing.InvoiceId, cancellationToken).ConfigureAwait(false))?.State;
            await AuditRequestedAsync(existing, state, cancellationToken).ConfigureAwait(false);
            return (existing, null, null);
        }

        var details = $"requestId={requestId};newDueDate={Iso(newDueDate)}";
        if (!stamp.Actor.MayChange || !stamp.Actor.IsStaff)
        {
            var notAllowed = $"{DeferralAuthority.Who(stamp.Actor.Role)} may not request deferrals";
            await staff.AppendAuditAsync(RequestAction, invoiceId.Value, null, "refused", stamp, notAllowed, null, null, details, cancellationToken).ConfigureAwait(false);
            return (null, RefusalKind.NotAllowed, notAllowed);
        }

        var stored = await store.LoadAsync(invoiceId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            await staff.AppendAuditAsync(RequestAction, invoiceId.Value, null, "not_found", stamp, "no such invoice", null, null, details, cancellationToken).ConfigureAwait(false);
            return (null, RefusalKind.NotFound, $"no invoice {invoiceId}");
        }

        var today = StaffActions.Day(stamp);
        var supervisor = stamp with { Actor = new Actor("approval-check", StaffRole.Supervisor) };
        if (InvoiceDecider.Decide(stored.State, new InvoiceCommand.Defer(today, newDueDate, supervisor), rules) is Decision.Refused refused)
        {
            var reason = refused.Reason.Replace("a supervisor may", "even a supervisor may", StringComparison.Ordinal);
            await staff.AppendAuditAsync(RequestAction, invoiceId.Value, null, "refused", stamp, reason, stored.State, null, details, cancellationToken).ConfigureAwait(false);
            return (null, refused.Kind, reason);
        }

        if (await PendingForAsync(invoiceId, today, cancellationToken).ConfigureAwait(false) is { } waiting)
        {
            var reason = $"a deferral request for this invoice ({waiting.Id}) already waits for a decision until {Iso(waiting.ExpiresOn)}; ask its decider, or ask again once it is decided";
            await staff.AppendAuditAsync(RequestAction, invoiceId.Value, null, "refused", stamp, reason, stored.State, null, details, cancellationToken).ConfigureAwait(false);
            return (null, RefusalKind.WrongState, reason);
        }

        var request = new DeferralRequest(
            requestId, invoiceId, stored.State.Facts.ClientId, newDueDate, stamp.Reason, stamp.Actor, stamp.At,
            FinnishBankCalendar.AddBankDays(today, DecisionBankDays), "pending", null, null, null)
        {
            AuditId = AuditIds.Next(stamp.At),
        };
        await requests.AddAsync(request, cancellationToken).ConfigureAwait(false);
        await AuditRequestedAsync(request, stored.State, cancellationToken).ConfigureAwait(false);
        return (request, null, null);
    }

    /// <summary>The request's "requested" record, under the id kept with the request (a retry appends the same record, kept once).</summary>
    private Task<string> AuditRequestedAsync(DeferralRequest request, IssuedInvoice? state, CancellationToken cancellationToken) =>
        staff.AppendAuditAsync(
            request.AuditId ?? AuditIds.For(request.RequestedAt, $"{RequestAction}|{request.Id}"), RequestAction, request.InvoiceId.Value, request.ClientId, "requested", new Stamp(request.Requester, request.RequestedAt, request.Reason), null, state, null,
            $"requestId={request.Id};newDueDate={Iso(request.NewDueDate)};expiresOn={Iso(request.ExpiresOn)}", cancellationToken);

    /// <summary>The request, or null.</summary>
    public Task<DeferralRequest?> GetAsync(string requestId, CancellationToken cancellationToken) => requests.GetAsync(requestId, cancellationToken);

    /// <summary>Requests with the given status (all when null), oldest first.</summary>
    public IAsyncEnumerable<DeferralRequest> ListAsync(string? status, CancellationToken cancellationToken) => requests.ListAsync(status, cancellationToken);

    /// <summary>Tells the approvers a request waits.</summary>
    public Task NotifyApproversAsync(DeferralRequest request, CancellationToken cancellationToken) =>
        notifier.NotifyApproversAsync(request, cancellationToken);

    /// <summary>
    /// Decides now: claims the decision (<see cref="ClaimDecisionAsync"/>; of two deciders at once
    /// exactly one wins, the other is refused naming the decision that won) and carries it out
    /// (<see cref="CarryOutAsync"/>). The hosts split the two: the staff API claims, the request's
    /// approval workflow carries out.
    /// </summary>
    public async Task<(DeferralRequest? Request, RefusalKind? Kind, string? Refusal)> DecideAsync(string requestId, bool approve, string? note, Stamp decider, CancellationToken cancellationToken)
    {
        var (request, kind, refusal) = await ClaimDecisionAsync(requestId, approve, note, decider, cancellationToken).ConfigureAwait(false);
        return refusal is not null || request is null
            ? (request, kind, refusal)
            : (await CarryOutAsync(request, cancellationToken).ConfigureAwait(false), null, null);
    }

    /// <summary>
    /// Claims the decision of a pending request for <paramref name="decider"/>: after the checks of
    /// <see cref="CheckDecisionAsync"/>, the request moves from pending to approved or rejected under
    /// its ETag, so that of two supervisors deciding at once exactly one wins; the other is refused
    /// (<see cref="RefusalKind.WrongState"/>, 409) naming the decision that won, and the invoice is
    /// not touched for them. The same decider sending the same verdict again (a retry after a crash)
    /// gets the request as decided. An approval is carried out (the deferral applied) by
    /// <see cref="CarryOutAsync"/>; until then the request reads approved and the invoice is not yet deferred.
    /// </summary>
    public async Task<(DeferralRequest? Request, RefusalKind? Kind, string? Refusal)> ClaimDecisionAsync(string requestId, bool approve, string? note, Stamp decider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decider);
        if (await requests.GetAsync(requestId, cancellationToken).ConfigureAwait(false) is { IsPending: false } earlier && IsSameDecision(earlier, approve, decider))
        {
            return (earlier, null, null);
        }

        var (request, kind, refusal) = await CheckDecisionAsync(requestId, decider, cancellationToken).ConfigureAwait(false);
        if (refusal is not null || request is null)
        {
            return (request, kind, refusal);
        }

        var decided = request with { Status = approve ? "approved" : "rejected", Decider = decider.Actor, DecidedAt = decider.At, Note = note };
        if (await requests.CompleteAsync(decided, cancellationToken).ConfigureAwait(false))
        {
            return (decided, null, null);
        }

        var winner = await requests.GetAsync(requestId, cancellationToken).ConfigureAwait(false) ?? decided;
        if (IsSameDecision(winner, approve, decider))
        {
            return (winner, null, null);
        }

        var lost = AlreadyDecided(winner);
        await staff.AppendAuditAsync(DecisionAction, winner.InvoiceId.Value, winner.ClientId, "refused", decider, lost, null, null, $"requestId={requestId}", cancellationToken).ConfigureAwait(false);
        return (winner, RefusalKind.WrongState, lost);
    }

    /// <summary>
    /// Carries out a decided request (the approval workflow's step; idempotent, so a retried step
    /// changes nothing twice): an approval applies the deferral as the decider's (a deferral the
    /// invoice no longer allows turns the request into a rejection naming why, so that request and
    /// invoice always agree); then the decision is audited, the requester told, and a client whose
    /// request was not granted gets the refusal notice. A request still pending is returned as it is.
    /// </summary>
    public async Task<DeferralRequest> CarryOutAsync(DeferralRequest decided, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decided);
        if (decided.IsPending || decided.Decider is not { } decider || decided.DecidedAt is not { } at)
        {
            return decided;
        }

        var stamp = new Stamp(decider, at, decided.Note ?? string.Empty);
        if (decided.Status == "approved")
        {
            var why = await ApplyDeferralAsync(decided, stamp, cancellationToken).ConfigureAwait(false);
            if (why is not null)
            {
                var revised = decided with { Status = "rejected", Note = why };
                if (!await requests.ReviseAsync(revised, "approved", cancellationToken).ConfigureAwait(false))
                {
                    // A retry of this step revised it first and tells everyone.
                    return await requests.GetAsync(decided.Id, cancellationToken).ConfigureAwait(false) ?? revised;
                }

                decided = revised;
            }
        }

        await AnnounceAsync(decided, stamp, cancellationToken).ConfigureAwait(false);
        return decided;
    }

    /// <summary>Rejects a request as the system when it expired undecided.</summary>
    private async Task<DeferralRequest> ExpireNowAsync(DeferralRequest request, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var expired = request with { Status = "expired", Decider = Stamp.BySystem(at, ExpiredNote).Actor, DecidedAt = at, Note = ExpiredNote };
        if (!await requests.CompleteAsync(expired, cancellationToken).ConfigureAwait(false))
        {
            var current = await requests.GetAsync(request.Id, cancellationToken).ConfigureAwait(false) ?? expired;
            if (current is { Status: "expired", Decider.IsStaff: false, DecidedAt: { } expiredAt })
            {
                // Expired before, by a step that may have died before telling, or by a late decider's check
                // that told it: told again (audit record and notice kept once; the requester only when
                // the record is not there yet, so a normal run tells them once).
                await AnnounceAsync(current, Stamp.BySystem(expiredAt, ExpiredNote), cancellationToken, retold: true).ConfigureAwait(false);
            }

            return current;
        }

        await AnnounceAsync(expired, Stamp.BySystem(at, ExpiredNote), cancellationToken).ConfigureAwait(false);
        return expired;
    }

    /// <summary>
    /// Checks that <paramref name="decider"/> may decide the request now: it exists, the decider is
    /// a supervisor or director and not the requester (nobody decides their own request: another
    /// supervisor or a director does), it is pending and not past its last day (then it expires here).
    /// A refusal is audited. The Functions app calls this before handing the decision to its orchestration.
    /// </summary>
    public async Task<(DeferralRequest? Request, RefusalKind? Kind, string? Refusal)> CheckDecisionAsync(string requestId, Stamp decider, CancellationToken cancellationToken)
    {
        var request = await requests.GetAsync(requestId, cancellationToken).ConfigureAwait(false);
        var (kind, refusal) = request switch
        {
            null => (RefusalKind.NotFound, $"no deferral request {requestId}"),
            _ when !decider.Actor.IsSupervisorOrAbove => (RefusalKind.NotAllowed, $"a deferral request is decided by a supervisor or director; {DeferralAuthority.Who(decider.Actor.Role)} asked"),
            _ when decider.Actor.StaffId == request.Requester.StaffId => (RefusalKind.NotAllowed, "nobody decides their own deferral request: another supervisor or a director decides it"),
            { IsPending: false } => (RefusalKind.WrongState, AlreadyDecided(request)),
            _ when StaffActions.Day(decider) > request.ExpiresOn => (RefusalKind.WrongState, "the request expired"),
            _ => ((RefusalKind?)null, (string?)null),
        };
        if (refusal is null)
        {
            return (request, null, null);
        }

        await staff.AppendAuditAsync(DecisionAction, request?.InvoiceId.Value, request?.ClientId, kind == RefusalKind.NotFound ? "not_found" : "refused", decider, refusal, null, null, $"requestId={requestId}", cancellationToken).ConfigureAwait(false);
        if (request is { IsPending: true } && kind == RefusalKind.WrongState)
        {
            request = await ExpireAsync(request, decider.At, cancellationToken).ConfigureAwait(false);
        }

        return (request, kind, refusal);
    }

    /// <summary>Expires every pending request whose last day is before <paramref name="today"/> (the local scheduler's pass).</summary>
    public async Task<int> ExpireAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = 0;
        var pending = new List<DeferralRequest>();
        await foreach (var request in requests.ListAsync("pending", cancellationToken).ConfigureAwait(false))
        {
            pending.Add(request);
        }

        foreach (var request in pending.Where(r => r.ExpiresOn < today))
        {
            await ExpireAsync(request, now, cancellationToken).ConfigureAwait(false);
            expired++;
        }

        return expired;
    }

    /// <summary>
    /// Expires one request that was not decided in time (the Durable approval orchestration's
    /// timer): status "expired", decided by the system at <paramref name="at"/>; requester and
    /// client are told. A request already expired is told again (a retried step whose first run died
    /// before telling; the audit record and the client's notice are kept once); one otherwise no
    /// longer pending is returned as it is.
    /// </summary>
    public Task<DeferralRequest> ExpireAsync(DeferralRequest request, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExpireNowAsync(request, at, cancellationToken);

    /// <summary>The pending request of <paramref name="invoiceId"/> that can still be decided on <paramref name="today"/>, if any.</summary>
    private async Task<DeferralRequest?> PendingForAsync(InvoiceId invoiceId, DateOnly today, CancellationToken cancellationToken)
    {
        await foreach (var request in requests.ListAsync("pending", cancellationToken).ConfigureAwait(false))
        {
            if (request.InvoiceId == invoiceId && request.ExpiresOn >= today)
            {
                return request;
            }
        }

        return null;
    }

    /// <summary>Applies an approved request's deferral; null when applied (now or before), else why it cannot be.</summary>
    private async Task<string?> ApplyDeferralAsync(DeferralRequest approved, Stamp decider, CancellationToken cancellationToken)
    {
        // A change that loses a race with another change of the invoice is tried again on the new state.
        for (var attempt = 1; ; attempt++)
        {
            var result = await staff.DeferAsync(approved.InvoiceId, approved.NewDueDate, decider with { Reason = $"{approved.Reason} (approved: {approved.Note})" }, cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case CommandOutcome.Applied or CommandOutcome.Unchanged:
                    return null;
                case CommandOutcome.Refused r:
                    return $"approved, but the deferral could not be applied: {r.Reason}";
                case CommandOutcome.Conflict when attempt < 3:
                    continue;
                case CommandOutcome.Conflict:
                    return "approved, but the invoice kept changing at the same time; ask again";
                default:
                    return "the invoice no longer exists";
            }
        }
    }

    /// <summary>Audits a decided request (one record, however often a retried step announces it), tells its requester, and sends the client the refusal notice when it was not granted.</summary>
    /// <summary>
    /// Tells a decision: the client's refusal notice (unless approved), the requester, and the audit
    /// record last, under an id of its own (<see cref="AuditIds.For"/>), so that its presence says the
    /// telling was done. A <paramref name="retold"/> announcement (the expiry found already expired)
    /// tells the requester only when that record is not there yet: a crash before the record tells
    /// them again, a normal run once.
    /// </summary>
    private async Task AnnounceAsync(DeferralRequest decided, Stamp decider, CancellationToken cancellationToken, bool retold = false)
    {
        var recordId = AuditIds.For(decider.At, $"{DecisionAction}|{decided.Id}|{decided.Status}");
        var stored = await store.LoadAsync(decided.InvoiceId, cancellationToken).ConfigureAwait(false);
        if (decided.Status != "approved" && stored is { State: OpenInvoice invoice })
        {
            var day = StaffActions.Day(decider);
            var notice = NoticeComposer.ForDeferralRefused($"{decided.InvoiceId}-deferral-{decided.Id}", invoice, day, decided.NewDueDate);
            await outbox.AddAsync(notice, decider.At, cancellationToken).ConfigureAwait(false);
        }

        if (!retold || !await staff.HasAuditAsync(decided.InvoiceId.Value, recordId, decider.At, cancellationToken).ConfigureAwait(false))
        {
            await notifier.NotifyRequesterAsync(decided, cancellationToken).ConfigureAwait(false);
        }

        await staff.AppendAuditAsync(
            recordId, DecisionAction, decided.InvoiceId.Value, decided.ClientId, decided.Status, decider, decided.Status == "approved" ? null : decided.Note, stored?.State, null,
            $"requestId={decided.Id};newDueDate={Iso(decided.NewDueDate)};requestedBy={decided.Requester.StaffId}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether <paramref name="request"/> was decided by <paramref name="decider"/> with this verdict
    /// (an approval that could not be applied reads rejected, naming why).
    /// </summary>
    private static bool IsSameDecision(DeferralRequest request, bool approve, Stamp decider) =>
        request.Decider?.StaffId == decider.Actor.StaffId && decider.Actor.IsStaff
        && (approve
            ? request.Status == "approved" || (request.Status == "rejected" && request.Note?.StartsWith("approved, but", StringComparison.Ordinal) == true)
            : request.Status == "rejected" && request.Note?.StartsWith("approved, but", StringComparison.Ordinal) != true);

    /// <summary>Why a request can no longer be decided: its status, by whom and when.</summary>
    private static string AlreadyDecided(DeferralRequest request) =>
        request.Decider is { IsStaff: true } by && request.DecidedAt is { } at
            ? $"the request is already {request.Status}: decided by {by.StaffId} ({by.Role.Name()}) on {Iso(BusinessTime.DateOf(at))}"
            : $"the request is already {request.Status}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
