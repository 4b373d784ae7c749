using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>Maps the staff API on a minimal-API host (the local host); the Functions app maps the same handlers as HTTP triggers.</summary>
public static class StaffApiRoutes
{
    /// <summary>Maps every endpoint under /api.</summary>
    public static RouteGroupBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Staff API");
        api.MapGet("/invoices/{invoiceId}", (HttpContext c, string invoiceId, StaffApiHandlers h) => h.GetInvoiceAsync(c, invoiceId)).WithName("GetInvoice").Produces<InvoiceDetails>(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(404);
        api.MapGet("/invoices/{invoiceId}/notices", (HttpContext c, string invoiceId, StaffApiHandlers h) => h.ListInvoiceNoticesAsync(c, invoiceId)).WithName("ListInvoiceNotices").Produces<InvoiceNotices>(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(503);
        api.MapGet("/invoices/{invoiceId}/notices/{noticeId}/file", (HttpContext c, string invoiceId, string noticeId, StaffApiHandlers h) => h.GetNoticeFileAsync(c, invoiceId, noticeId)).WithName("GetNoticeFile").Produces(200, responseType: null, contentType: "application/pdf", additionalContentTypes: ["text/html", "message/rfc822", "application/xml"]).ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(503);
        api.MapGet("/clients/{clientId}/invoices", (HttpContext c, string clientId, StaffApiHandlers h) => h.ListClientInvoicesAsync(c, clientId)).WithName("ListClientInvoices").WithPaging(Status).Produces<Page<InvoiceListItem>>(200).ProducesProblem(400).ProducesProblem(401);
        Post<DeferralBody, ChangeAnswer>(api, "/invoices/{invoiceId}/deferrals", "Defer", (c, h) => h.DeferAsync(c, Route(c, "invoiceId")));
        Post<DeferralBody, DeferralRequestView>(api, "/invoices/{invoiceId}/deferral-requests", "RequestDeferral", (c, h) => h.RequestDeferralAsync(c, Route(c, "invoiceId")), 202);
        Post<DeferralDecisionBody, DeferralRequestView>(api, "/deferral-requests/{requestId}/decision", "DecideDeferralRequest", (c, h) => h.DecideDeferralAsync(c, Route(c, "requestId")), 202);
        api.MapGet("/deferral-requests", (HttpContext c, StaffApiHandlers h) => h.ListDeferralRequestsAsync(c)).WithName("ListDeferralRequests").WithPaging(("status", "pending, approved, rejected or expired; all when left out.")).Produces<Page<DeferralRequestView>>(200).ProducesProblem(400).ProducesProblem(401);
        Post<PaymentPlanBody, ChangeAnswer>(api, "/invoices/{invoiceId}/payment-plans", "AgreePaymentPlan", (c, h) => h.AgreePaymentPlanAsync(c, Route(c, "invoiceId")));
        Post<PaymentBody, ChangeAnswer>(api, "/invoices/{invoiceId}/payments", "RecordPayment", (c, h) => h.RecordPaymentAsync(c, Route(c, "invoiceId")));
        Post<WaiverBody, ChangeAnswer>(api, "/invoices/{invoiceId}/waiver", "Waive", (c, h) => h.WaiveAsync(c, Route(c, "invoiceId")));
        Post<CancellationBody, ChangeAnswer>(api, "/invoices/{invoiceId}/cancellation", "Cancel", (c, h) => h.CancelAsync(c, Route(c, "invoiceId")));
        Post<RectificationClaimBody, ClaimChangeAnswer>(api, "/invoices/{invoiceId}/rectification-claims", "ReceiveRectificationClaim", (c, h) => h.ReceiveClaimAsync(c, Route(c, "invoiceId")));
        Post<RectificationDecisionBody, ChangeAnswer>(api, "/invoices/{invoiceId}/rectification-claims/{claimId}/decision", "DecideRectificationClaim", (c, h) => h.DecideClaimAsync(c, Route(c, "invoiceId"), Route(c, "claimId")));
        Post<EstateWriteOffBody, EstateWriteOffStarted>(api, "/clients/{clientId}/estate-write-off", "WriteOffEstate", (c, h) => h.WriteOffEstateAsync(c, Route(c, "clientId")), 202);
        api.MapGet("/clients/{clientId}/ceiling", (HttpContext c, string clientId, StaffApiHandlers h) => h.GetCeilingAsync(c, clientId)).WithName("GetCeiling").WithQuery(("year", "The calendar year of the service dates; this year (Europe/Helsinki) when left out.")).Produces<CeilingAccountView>(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(503);
        Post<CeilingStatementBody, CeilingStatementQueued>(api, "/clients/{clientId}/ceiling/statement", "RequestCeilingStatement", (c, h) => h.RequestCeilingStatementAsync(c, Route(c, "clientId")));
        api.MapGet("/payments/unmatched", (HttpContext c, StaffApiHandlers h) => h.ListUnmatchedPaymentsAsync(c)).WithName("ListUnmatchedPayments").WithPaging(("status", "open or allocated; all when left out.")).Produces<Page<UnmatchedPaymentView>>(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(503);
        Post<AllocationBody, UnmatchedPaymentView>(api, "/payments/unmatched/{paymentId}/allocate", "AllocateUnmatchedPayment", (c, h) => h.AllocateUnmatchedPaymentAsync(c, Route(c, "paymentId")));
        Post<FeeReductionApplicationBody, FeeReductionDecisionView>(api, "/clients/{clientId}/fee-reductions", "DecideFeeReduction", (c, h) => h.DecideFeeReductionAsync(c, Route(c, "clientId")));
        api.MapGet("/clients/{clientId}/fee-reductions", (HttpContext c, string clientId, StaffApiHandlers h) => h.ListFeeReductionsAsync(c, clientId)).WithName("ListFeeReductions").WithPaging().Produces<Page<FeeReductionDecisionView>>(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(503);
        api.MapGet("/audit", (HttpContext c, StaffApiHandlers h) => h.QueryAuditAsync(c)).WithName("QueryAudit")
            .WithPaging(
                ("invoiceId", "Only this invoice's records."),
                ("clientId", "Only this client's records."),
                ("from", "From this instant (inclusive): a date yyyy-mm-dd (the start of that Helsinki day) or an ISO 8601 instant."),
                ("to", "Before this instant (exclusive), as from."))
            .Produces<Page<AuditRecordView>>(200).ProducesProblem(400).ProducesProblem(401);
        api.MapGet("/me", (HttpContext c, StaffApiHandlers h) => h.GetMeAsync(c)).WithName("GetMe").Produces<StaffMember>(200).ProducesProblem(401);
        api.MapGet("/search", (HttpContext c, StaffApiHandlers h) => h.SearchAsync(c)).WithName("Search")
            .WithPaging(("q", "A client id, the beginning of a name, a reference number (national or RF), an invoice id or an invoice number; a henkilötunnus only with POST."))
            .Produces<Page<SearchHitView>>(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(503);
        api.MapPost("/search", (HttpContext c, StaffApiHandlers h) => h.SearchByBodyAsync(c)).WithName("SearchByBody").WithPaging()
            .Accepts<SearchBody>("application/json").Produces<Page<SearchHitView>>(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(413).ProducesProblem(415).ProducesProblem(503);
        api.MapGet("/billing-files", (HttpContext c, StaffApiHandlers h) => h.ListBillingFilesAsync(c)).WithName("ListBillingFiles").WithPaging().Produces<Page<ImportedFileView>>(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(503);
        api.MapGet("/billing-files/{fileId}/rejected-lines", (HttpContext c, string fileId, StaffApiHandlers h) => h.GetRejectedLinesAsync(c, fileId)).WithName("GetRejectedLines").Produces(200, contentType: "text/csv").ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(503);
        api.MapGet("/payment-files", (HttpContext c, StaffApiHandlers h) => h.ListPaymentFilesAsync(c)).WithName("ListPaymentFiles").WithPaging().Produces<Page<ImportedFileView>>(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(503);
        api.MapGet("/work/enforcement", (HttpContext c, StaffApiHandlers h) => h.ListReachingEnforcementAsync(c)).WithName("ListReachingEnforcement").WithPaging(("days", "Within how many days from today (1–31, default 7).")).Produces<Page<QueuedInvoice>>(200).ProducesProblem(400).ProducesProblem(401);
        api.MapGet("/work/rectification-claims", (HttpContext c, StaffApiHandlers h) => h.ListPendingClaimsAsync(c)).WithName("ListPendingClaims").WithPaging().Produces<Page<QueuedInvoice>>(200).ProducesProblem(400).ProducesProblem(401);
        return api;
    }

    private static readonly (string, string) Status = ("status", "open, paid, written_off, waived or cancelled; all when left out.");

    private static void Post<TBody, TAnswer>(RouteGroupBuilder api, string pattern, string name, Func<HttpContext, StaffApiHandlers, Task<IResult>> handler, int success = 200)
        where TBody : class =>
        api.MapPost(pattern, (HttpContext c, StaffApiHandlers h) => handler(c, h))
            .WithName(name)
            .WithChangeHeaders(ifMatch: pattern.StartsWith("/invoices/", StringComparison.Ordinal) && !pattern.EndsWith("/deferral-requests", StringComparison.Ordinal))
            .Accepts<TBody>("application/json")
            .Produces<TAnswer>(success)
            .ProducesProblem(400)
            .ProducesProblem(401)
            .ProducesProblem(403)
            .ProducesProblem(404)
            .ProducesProblem(409)
            .ProducesProblem(415)
            .ProducesProblem(422);

    private static string Route(HttpContext context, string name) => context.GetRouteValue(name) as string ?? string.Empty;
}
