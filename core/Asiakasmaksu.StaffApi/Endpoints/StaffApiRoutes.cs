using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using B = Asiakasmaksu.StaffApi.Endpoints.RequestBodies;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>Maps the staff API on a minimal-API host (the local host); the Functions app maps the same handlers as HTTP triggers.</summary>
public static class StaffApiRoutes
{
    /// <summary>Maps every endpoint under /api.</summary>
    public static RouteGroupBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Staff API");
        api.MapGet("/invoices/{invoiceId}", (HttpContext c, string invoiceId, StaffApiHandlers h) => h.GetInvoiceAsync(c, invoiceId)).WithName("GetInvoice").Produces(200).ProducesProblem(404).ProducesProblem(401);
        api.MapGet("/clients/{clientId}/invoices", (HttpContext c, string clientId, StaffApiHandlers h) => h.ListClientInvoicesAsync(c, clientId)).WithName("ListClientInvoices").Produces(200).ProducesProblem(400);
        Post<B.Deferral>(api, "/invoices/{invoiceId}/deferrals", "Defer", (c, h) => h.DeferAsync(c, Route(c, "invoiceId")));
        Post<B.Deferral>(api, "/invoices/{invoiceId}/deferral-requests", "RequestDeferral", (c, h) => h.RequestDeferralAsync(c, Route(c, "invoiceId")));
        Post<B.DeferralDecision>(api, "/deferral-requests/{requestId}/decision", "DecideDeferralRequest", (c, h) => h.DecideDeferralAsync(c, Route(c, "requestId")));
        api.MapGet("/deferral-requests", (HttpContext c, StaffApiHandlers h) => h.ListDeferralRequestsAsync(c)).WithName("ListDeferralRequests").Produces(200);
        Post<B.PaymentPlan>(api, "/invoices/{invoiceId}/payment-plans", "AgreePaymentPlan", (c, h) => h.AgreePaymentPlanAsync(c, Route(c, "invoiceId")));
        Post<B.Payment>(api, "/invoices/{invoiceId}/payments", "RecordPayment", (c, h) => h.RecordPaymentAsync(c, Route(c, "invoiceId")));
        Post<B.Waiver>(api, "/invoices/{invoiceId}/waiver", "Waive", (c, h) => h.WaiveAsync(c, Route(c, "invoiceId")));
        Post<B.Cancellation>(api, "/invoices/{invoiceId}/cancellation", "Cancel", (c, h) => h.CancelAsync(c, Route(c, "invoiceId")));
        Post<B.RectificationClaim>(api, "/invoices/{invoiceId}/rectification-claims", "ReceiveRectificationClaim", (c, h) => h.ReceiveClaimAsync(c, Route(c, "invoiceId")));
        Post<B.RectificationDecision>(api, "/invoices/{invoiceId}/rectification-claims/{claimId}/decision", "DecideRectificationClaim", (c, h) => h.DecideClaimAsync(c, Route(c, "invoiceId"), Route(c, "claimId")));
        Post<B.EstateWriteOff>(api, "/clients/{clientId}/estate-write-off", "WriteOffEstate", (c, h) => h.WriteOffEstateAsync(c, Route(c, "clientId")));
        api.MapGet("/clients/{clientId}/ceiling", (HttpContext c, string clientId, StaffApiHandlers h) => h.GetCeilingAsync(c, clientId)).WithName("GetCeiling").Produces(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(503);
        Post<B.CeilingStatement>(api, "/clients/{clientId}/ceiling/statement", "RequestCeilingStatement", (c, h) => h.RequestCeilingStatementAsync(c, Route(c, "clientId")));
        api.MapGet("/payments/unmatched", (HttpContext c, StaffApiHandlers h) => h.ListUnmatchedPaymentsAsync(c)).WithName("ListUnmatchedPayments").Produces(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(503);
        Post<PaymentRequestBodies.Allocation>(api, "/payments/unmatched/{paymentId}/allocate", "AllocateUnmatchedPayment", (c, h) => h.AllocateUnmatchedPaymentAsync(c, Route(c, "paymentId")));
        Post<FeeReductionRequestBodies.Application>(api, "/clients/{clientId}/fee-reductions", "DecideFeeReduction", (c, h) => h.DecideFeeReductionAsync(c, Route(c, "clientId")));
        api.MapGet("/clients/{clientId}/fee-reductions", (HttpContext c, string clientId, StaffApiHandlers h) => h.ListFeeReductionsAsync(c, clientId)).WithName("ListFeeReductions").Produces(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(503);
        api.MapGet("/audit", (HttpContext c, StaffApiHandlers h) => h.QueryAuditAsync(c)).WithName("QueryAudit").Produces(200).ProducesProblem(400);
        return api;
    }

    private static void Post<TBody>(RouteGroupBuilder api, string pattern, string name, Func<HttpContext, StaffApiHandlers, Task<IResult>> handler)
        where TBody : class =>
        api.MapPost(pattern, (HttpContext c, StaffApiHandlers h) => handler(c, h))
            .WithName(name)
            .WithChangeHeaders(ifMatch: pattern.StartsWith("/invoices/", StringComparison.Ordinal) && !pattern.EndsWith("/deferral-requests", StringComparison.Ordinal))
            .Accepts<TBody>("application/json")
            .Produces(200)
            .ProducesProblem(400)
            .ProducesProblem(401)
            .ProducesProblem(403)
            .ProducesProblem(404)
            .ProducesProblem(409)
            .ProducesProblem(422);

    private static string Route(HttpContext context, string name) => context.GetRouteValue(name) as string ?? string.Empty;
}
