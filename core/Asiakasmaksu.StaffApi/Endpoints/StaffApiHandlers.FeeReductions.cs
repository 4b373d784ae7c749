using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Http;
using Asiakasmaksu.StaffApi.Views;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

public sealed partial class StaffApiHandlers
{
    /// <summary>
    /// POST /api/clients/{clientId}/fee-reductions (supervisor or director): decides an application
    /// to reduce or waive client fees (Act 734/1992 11 §) with the application month's tariff
    /// amounts, records the decision (a refusal too), queues its notice with rectification
    /// instructions and audits it; 200 with the decision and its calculation lines. A calculation
    /// that cannot be made (amounts unconfirmed for the year) is 400 with the reason; the decision id
    /// comes from the Idempotency-Key, so a retry records nothing twice.
    /// </summary>
    public Task<IResult> DecideFeeReductionAsync(HttpContext context, string clientId) =>
        ChangeAsync(context, new("fee_reduction", ClientId: clientId), FeeReductionRequests.Fields, async (caller, f, scope) =>
        {
            if (FeeReductionUseCase() is not { } decisions)
            {
                return Change.None(Problems.Unavailable("fee reductions are not configured on this host"));
            }

            var (application, reason) = FeeReductionRequests.Read(f);
            var stamp = Stamp(caller, reason);
            if (application.ApplicationDate > Application.Time.BusinessTime.DateOf(stamp.At))
            {
                throw new BadRequest("applicationDate", "applicationDate is in the future; it is the day the application arrived.");
            }

            var result = await decisions.DecideAsync($"fr-{scope}", clientId, application, stamp, Finishing).ConfigureAwait(false);
            return Change.None(result.Status switch
            {
                FeeReductionDecisionStatus.Decided => ApiJson.Ok(DecisionViews.FeeReduction(result.Decision!, "decided", result.Notice?.Id), StaffApiJson.Default.FeeReductionDecisionView),
                FeeReductionDecisionStatus.AlreadyDecided => ApiJson.Ok(DecisionViews.FeeReduction(result.Decision!, "already_decided", result.Notice?.Id), StaffApiJson.Default.FeeReductionDecisionView),
                FeeReductionDecisionStatus.NotAllowed => Problems.Forbidden(result.Reason!),
                FeeReductionDecisionStatus.UnknownClient => Problems.NotFound(result.Reason!),
                _ => Problems.BadRequest(result.Reason!.Contains("tariff", StringComparison.Ordinal) ? "applicationDate" : "body", result.Reason!),
            });
        });

    /// <summary>GET /api/clients/{clientId}/fee-reductions?limit=&amp;continuation=: a page of the client's recorded decisions, oldest decided first. Every role may read.</summary>
    public Task<IResult> ListFeeReductionsAsync(HttpContext context, string clientId) => ReadAsync(context, async _ =>
    {
        RouteIds.Client(clientId);
        if (FeeReductionUseCase() is not { } decisions)
        {
            return Problems.Unavailable("fee reductions are not configured on this host");
        }

        var query = ListQuery.Read(context.Request, "fee-reductions", clientId);
        var page = await decisions.ListPageAsync(clientId, query.Page, context.RequestAborted).ConfigureAwait(false);
        return query.Answer(page, decision => DecisionViews.FeeReduction(decision, null, FeeReductionNoticeId(decision)), StaffApiJson.Default.PageFeeReductionDecisionView);
    });

    private FeeReductionDecisions? FeeReductionUseCase() =>
        services is { FeeReductions: { } store, Outbox: { } outbox }
            ? new FeeReductionDecisions(store, services.Store, outbox, services.Staff, services.Rules)
            : null;

    private static string FeeReductionNoticeId(FeeReductionDecision decision) => Domain.Notices.FeeReductionNoticeComposer.NoticeId(decision);
}
