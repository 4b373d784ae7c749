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
/// expires requests from its scheduler.
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

    /// <summary>
    /// Records a request after checking that a supervisor could grant it now; returns the request,
    /// or the reason it cannot be made. <paramref name="requestId"/> makes it idempotent.
    /// </summary>
    public async Task<(DeferralRequest? Request, RefusalKind? Kind, string? Refusal)> RequestAsync(string requestId, InvoiceId invoiceId, DateOnly newDueDate, Stamp stamp, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(requestId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, null, null);
        }

        if (!stamp.Actor.MayChange || !stamp.Actor.IsStaff)
        {
            return (null, RefusalKind.NotAllowed, $"{DeferralAuthority.Who(stamp.Actor.Role)} may not request deferrals");
        }

        var stored = await store.LoadAsync(invoiceId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return (null, RefusalKind.NotFound, $"no invoice {invoiceId}");
        }

        var today = StaffActions.Day(stamp);
        var supervisor = stamp with { Actor = new Actor("approval-check", StaffRole.Supervisor) };
        if (InvoiceDecider.Decide(stored.State, new InvoiceCommand.Defer(today, newDueDate, supervisor), rules) is Decision.Refused refused)
        {
            return (null, refused.Kind, refused.Reason.Replace("a supervisor may", "even a supervisor may", StringComparison.Ordinal));
        }

        var request = new DeferralRequest(
            requestId, invoiceId, stored.State.Facts.ClientId, newDueDate, stamp.Reason, stamp.Actor, stamp.At,
            FinnishBankCalendar.AddBankDays(today, DecisionBankDays), "pending", null, null, null);
        await requests.AddAsync(request, cancellationToken).ConfigureAwait(false);
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
        var request = await requests.GetAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return (null, RefusalKind.NotFound, $"no deferral request {requestId}");
        }

        if (!decider.Actor.IsSupervisorOrAbove)
        {
            return (request, RefusalKind.NotAllowed, $"a deferral request is decided by a supervisor or director; {DeferralAuthority.Who(decider.Actor.Role)} asked");
        }

        if (!request.IsPending)
        {
            return (request, RefusalKind.WrongState, $"the request is already {request.Status}");
        }

        if (StaffActions.Day(decider) > request.ExpiresOn)
        {
            return (await ExpireAsync(request, decider.At, cancellationToken).ConfigureAwait(false), RefusalKind.WrongState, "the request expired");
        }

        var decided = approve
            ? await ApplyAsync(request, decider, note, cancellationToken).ConfigureAwait(false)
            : await RejectAsync(request, decider, note, cancellationToken).ConfigureAwait(false);
        return (decided, null, null);
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

    private async Task<DeferralRequest> CompleteAsync(DeferralRequest request, string status, Stamp decider, string? note, CancellationToken cancellationToken)
    {
        var decided = request with { Status = status, Decider = decider.Actor, DecidedAt = decider.At, Note = note };
        if (!await requests.CompleteAsync(decided, cancellationToken).ConfigureAwait(false))
        {
            return await requests.GetAsync(request.Id, cancellationToken).ConfigureAwait(false) ?? decided;
        }

        await notifier.NotifyRequesterAsync(decided, cancellationToken).ConfigureAwait(false);
        if (status != "approved" && await store.LoadAsync(request.InvoiceId, cancellationToken).ConfigureAwait(false) is { State: OpenInvoice invoice })
        {
            var day = StaffActions.Day(decider);
            var notice = NoticeComposer.ForDeferralRefused($"{request.InvoiceId}-deferral-{request.Id}", invoice, day, request.NewDueDate);
            await outbox.AddAsync(notice, decider.At, cancellationToken).ConfigureAwait(false);
        }

        return decided;
    }
}
