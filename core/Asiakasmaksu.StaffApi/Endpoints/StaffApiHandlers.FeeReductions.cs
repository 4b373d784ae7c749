using System.Text.Json;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.StaffApi.Http;
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
                FeeReductionDecisionStatus.Decided => ApiJson.Ok(w => WriteDecision(w, result.Decision!, "decided", result.Notice?.Id)),
                FeeReductionDecisionStatus.AlreadyDecided => ApiJson.Ok(w => WriteDecision(w, result.Decision!, "already_decided", result.Notice?.Id)),
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
        return query.Answer(page, (w, decision) => WriteDecision(w, decision, null, FeeReductionNoticeId(decision)));
    });

    private FeeReductionDecisions? FeeReductionUseCase() =>
        services is { FeeReductions: { } store, Outbox: { } outbox }
            ? new FeeReductionDecisions(store, services.Store, outbox, services.Staff, services.Rules)
            : null;

    private static string FeeReductionNoticeId(FeeReductionDecision decision) => Domain.Notices.FeeReductionNoticeComposer.NoticeId(decision);

    private static void WriteDecision(Utf8JsonWriter w, FeeReductionDecision d, string? outcome, string? noticeId)
    {
        w.WriteStartObject();
        if (outcome is not null)
        {
            w.WriteString("outcome", outcome);
        }

        w.WriteString("decisionId", d.Id);
        w.WriteString("clientId", d.ClientId);
        w.WriteString("result", FeeReductionRequests.Name(d.Outcome));
        w.WriteString("applicationDate", Iso(d.ApplicationDate));
        w.WriteString("household", FeeReductionRequests.Name(d.Household));
        w.WriteString("livingArrangement", FeeReductionRequests.Name(d.Arrangement));
        if (d.Period is { } p)
        {
            w.WriteStartObject("period");
            w.WriteString("from", Iso(p.From));
            w.WriteString("through", Iso(p.Through));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("period");
        }

        w.WriteStartArray("fees");
        foreach (var fee in d.Fees)
        {
            w.WriteStartObject();
            w.WriteString("serviceCode", fee.Service);
            w.WriteString("was", fee.Was.ToString());
            w.WriteString("now", fee.Now.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("refusalReason", d.RefusalReason);
        w.WriteStartArray("calculation");
        foreach (var line in d.Calculation)
        {
            w.WriteStartObject();
            w.WriteString("code", line.Code);
            w.WriteString("label", line.Label);
            w.WriteString("amount", line.Amount.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("decidedBy", d.DecidedBy.StaffId);
        w.WriteString("decidedAt", JsonInstants.Format(d.DecidedAt));
        w.WriteString("reason", d.Reason);
        w.WriteString("noticeId", noticeId);
        w.WriteEndObject();
    }
}
