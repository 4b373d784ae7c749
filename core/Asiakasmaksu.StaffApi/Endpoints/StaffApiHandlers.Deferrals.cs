using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Http;
using Asiakasmaksu.StaffApi.Views;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

public sealed partial class StaffApiHandlers
{
    /// <summary>
    /// POST /api/invoices/{invoiceId}/deferral-requests {newDueDate, reason}: a deferral beyond the
    /// caller's authority (up to 12 months) goes to a supervisor: the request is recorded and its
    /// approval workflow started (approvers told, decision or 5-bank-day deadline awaited); 202 with the request.
    /// </summary>
    public Task<IResult> RequestDeferralAsync(HttpContext context, string invoiceId) =>
        ChangeAsync(context, new("deferral_request", invoiceId), BodyReader.Deferral, async (caller, body, scope) =>
        {
            var (request, kind, refusal) = await services.Deferrals.RequestAsync($"dr-{scope}", new InvoiceId(invoiceId), body.NewDueDate, Stamp(caller, body.Reason), Finishing).ConfigureAwait(false);
            if (request is null)
            {
                return Change.None(Refusal(kind, refusal!, "newDueDate"));
            }

            await services.Workflows.StartDeferralApprovalAsync(request, Finishing).ConfigureAwait(false);
            return Change.None(ApiJson.Ok(ListViews.Request(request), StaffApiJson.Default.DeferralRequestView, StatusCodes.Status202Accepted));
        });

    /// <summary>
    /// POST /api/deferral-requests/{requestId}/decision {approve, note} (supervisor or director):
    /// checks that the caller may decide the request now and claims the decision (of two supervisors
    /// at once exactly one wins; the other gets 409 naming the decision that won), then hands it to
    /// the request's approval workflow, which applies the deferral or the rejection and tells
    /// requester and client; 202 with the request as decided.
    /// </summary>
    public Task<IResult> DecideDeferralAsync(HttpContext context, string requestId) =>
        ChangeAsync(context, new("deferral_request_decision", RequestId: requestId), BodyReader.DeferralDecision, async (caller, body, _) =>
        {
            var (approve, note) = (body.Approve, body.Note);
            var stamp = Stamp(caller, note ?? string.Empty);
            var (request, kind, refusal) = await services.Deferrals.ClaimDecisionAsync(requestId, approve, note, stamp, Finishing).ConfigureAwait(false);
            if (refusal is not null || request is null)
            {
                return Change.None(Refusal(kind, refusal ?? "no such request", "approve"));
            }

            await services.Workflows.DecideDeferralAsync(request, new DeferralDecision(approve, note, caller, request.DecidedAt ?? stamp.At), Finishing).ConfigureAwait(false);
            return Change.None(ApiJson.Ok(ListViews.Request(request), StaffApiJson.Default.DeferralRequestView, StatusCodes.Status202Accepted));
        });

    /// <summary>GET /api/deferral-requests?status=&amp;limit=&amp;continuation=: a page of the requests, oldest first.</summary>
    public Task<IResult> ListDeferralRequestsAsync(HttpContext context) => ReadAsync(context, async _ =>
    {
        var status = context.Request.Query["status"].ToString();
        if (status.Length > 0 && status is not ("pending" or "approved" or "rejected" or "expired"))
        {
            throw new BadRequest("status", "status must be pending, approved, rejected or expired.");
        }

        var filter = status.Length == 0 ? null : status;
        var query = ListQuery.Read(context.Request, "deferral-requests", filter);
        var page = services.DeferralRequests is { } store
            ? await store.ListPageAsync(filter, query.Page, context.RequestAborted).ConfigureAwait(false)
            : await Pages.SortAndTakeAsync(services.Deferrals.ListAsync(filter, context.RequestAborted), r => PageKeys.Of(r), query.Page, context.RequestAborted).ConfigureAwait(false);
        return query.Answer(page, ListViews.Request, StaffApiJson.Default.PageDeferralRequestView);
    });

    private static ApiResponse Refusal(RefusalKind? kind, string reason, string field) => kind switch
    {
        RefusalKind.NotAllowed => Problems.Forbidden(reason),
        RefusalKind.NotFound => Problems.NotFound(reason),
        RefusalKind.WrongState => Problems.Conflict(reason),
        _ => Problems.BadRequest(field, reason),
    };
}
