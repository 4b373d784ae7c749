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
            FinnishBankCalendar.AddBankDays(today, DecisionBankDays), "pending", null, null, null);
        await requests.AddAsync(request, cancellationToken).ConfigureAwait(false);
        await staff.AppendAuditAsync(RequestAction, invoiceId.Value, null, "requested", stamp, null, stored.State, null, $"{details};expiresOn={Iso(request.ExpiresOn)}", cancellationToken).ConfigureAwait(false);
        return (request, null, null);
    }

    /// <summary>The request, or null.</summary>
    public Task<DeferralRequest?> GetAsync(string requestId, CancellationToken cancellationToken) => requests.GetAsync(requestId, cancellationToken);

    /// <summary>Requests with the given status (all when null), oldest first.</summary>
    public IAsyncEnumerable<DeferralRequest> ListAsync(string? status, CancellationToken cancellationToken) => requests.ListAsync(status, cancellationToken);

    /// <summary>Tells the approvers a request waits.</summary>
    public Task NotifyApproversAsync(DeferralRequest request, CancellationToken cancellationToken) =>
        notifier.NotifyApproversAsync(request, cancellationToken);

    /// <summary>Applies an approved request as the decider's deferral; a deferral the invoice no longer allows rejects the request with the reason.</summary>
    public async Task<DeferralRequest> ApplyAsync(DeferralRequest request, Stamp decider, string? note, CancellationToken cancellationToken)
    {
        var result = await staff.DeferAsync(request.InvoiceId, request.NewDueDate, decider with { Reason = $"{request.Reason} (approved: {note})" }, cancellationToken).ConfigureAwait(false);
        var (status, why) = result.Outcome switch
        {
            CommandOutcome.Applied or CommandOutcome.Unchanged => ("approved", note),
            CommandOutcome.Refused r => ("rejected", $"approved, but the deferral could not be applied: {r.Reason}"),
            CommandOutcome.Conflict => ("rejected", "approved, but the invoice changed at the same time; ask again"),
            _ => ("rejected", "the invoice no longer exists"),
        };
        return await CompleteAsync(request, status, decider, why, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rejects a request (by a supervisor, or expired when <paramref name="decider"/> is the system).</summary>
    public Task<DeferralRequest> RejectAsync(DeferralRequest request, Stamp decider, string? note, CancellationToken cancellationToken) =>
        CompleteAsync(request, decider.Actor.IsStaff ? "rejected" : "expired", decider, note, cancellationToken);

    /// <summary>Decides now (the local host): checks the decider's role, then applies or rejects.</summary>
    public async Task<(DeferralRequest? Request, RefusalKind? Kind, string? Refusal)> DecideAsync(string requestId, bool approve, string? note, Stamp decider, CancellationToken cancellationToken)
    {
        var (request, kind, refusal) = await CheckDecisionAsync(requestId, decider, cancellationToken).ConfigureAwait(false);
        if (refusal is not null || request is null)
        {
            return (request, kind, refusal);
        }

        var decided = approve
            ? await ApplyAsync(request, decider, note, cancellationToken).ConfigureAwait(false)
            : await RejectAsync(request, decider, note, cancellationToken).ConfigureAwait(false);
        return (decided, null, null);
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
            { IsPending: false } => (RefusalKind.WrongState, $"the request is already {request.Status}"),
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
    /// client are told. A request no longer pending is returned as it is.
    /// </summary>
    public Task<DeferralRequest> ExpireAsync(DeferralRequest request, DateTimeOffset at, CancellationToken cancellationToken) =>
        RejectAsync(request, Stamp.BySystem(at, ExpiredNote), ExpiredNote, cancellationToken);

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

    private async Task<DeferralRequest> CompleteAsync(DeferralRequest request, string status, Stamp decider, string? note, CancellationToken cancellationToken)
    {
        var decided = request with { Status = status, Decider = decider.Actor, DecidedAt = decider.At, Note = note };
        if (!await requests.CompleteAsync(decided, cancellationToken).ConfigureAwait(false))
        {
            return await requests.GetAsync(request.Id, cancellationToken).ConfigureAwait(false) ?? decided;
        }

        var stored = await store.LoadAsync(request.InvoiceId, cancellationToken).ConfigureAwait(false);
        await staff.AppendAuditAsync(
            DecisionAction, request.InvoiceId.Value, request.ClientId, status, decider, status == "approved" ? null : note, stored?.State, null,
            $"requestId={request.Id};newDueDate={Iso(request.NewDueDate)};requestedBy={request.Requester.StaffId}", cancellationToken).ConfigureAwait(false);
        await notifier.NotifyRequesterAsync(decided, cancellationToken).ConfigureAwait(false);
        if (status != "approved" && stored is { State: OpenInvoice invoice })
        {
            var day = StaffActions.Day(decider);
            var notice = NoticeComposer.ForDeferralRefused($"{request.InvoiceId}-deferral-{request.Id}", invoice, day, request.NewDueDate);
            await outbox.AddAsync(notice, decider.At, cancellationToken).ConfigureAwait(false);
        }

        return decided;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
