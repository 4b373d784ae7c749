using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Http;

/// <summary>
/// The staff API's invoice endpoints as HTTP triggers, each a call of the shared handler (the
/// routes are those of the local host, under the default <c>/api</c> prefix). App Service
/// authentication stands in front; the handler reads the caller from <c>X-MS-CLIENT-PRINCIPAL</c>
/// and checks the role, the Idempotency-Key and the body.
/// </summary>
public sealed class InvoiceEndpoints(StaffApiHandlersFactory api)
{
    /// <summary>GET /api/invoices/{invoiceId}.</summary>
    [Function(nameof(GetInvoice))]
    public async Task<IActionResult> GetInvoice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "invoices/{invoiceId}")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId) =>
        new HandlerResult(await api.For(client).GetInvoiceAsync(request.HttpContext, invoiceId).ConfigureAwait(false));

    /// <summary>GET /api/invoices/{invoiceId}/notices.</summary>
    [Function(nameof(ListInvoiceNotices))]
    public async Task<IActionResult> ListInvoiceNotices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "invoices/{invoiceId}/notices")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId) =>
        new HandlerResult(await api.For(client).ListInvoiceNoticesAsync(request.HttpContext, invoiceId).ConfigureAwait(false));

    /// <summary>GET /api/invoices/{invoiceId}/notices/{noticeId}/file.</summary>
    [Function(nameof(GetNoticeFile))]
    public async Task<IActionResult> GetNoticeFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "invoices/{invoiceId}/notices/{noticeId}/file")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId, string noticeId) =>
        new HandlerResult(await api.For(client).GetNoticeFileAsync(request.HttpContext, invoiceId, noticeId).ConfigureAwait(false));

    /// <summary>POST /api/invoices/{invoiceId}/deferrals.</summary>
    [Function(nameof(Defer))]
    public async Task<IActionResult> Defer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "invoices/{invoiceId}/deferrals")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId) =>
        new HandlerResult(await api.For(client).DeferAsync(request.HttpContext, invoiceId).ConfigureAwait(false));

    /// <summary>POST /api/invoices/{invoiceId}/payment-plans.</summary>
    [Function(nameof(AgreePaymentPlan))]
    public async Task<IActionResult> AgreePaymentPlan(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "invoices/{invoiceId}/payment-plans")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId) =>
        new HandlerResult(await api.For(client).AgreePaymentPlanAsync(request.HttpContext, invoiceId).ConfigureAwait(false));

    /// <summary>POST /api/invoices/{invoiceId}/payments.</summary>
    [Function(nameof(RecordPayment))]
    public async Task<IActionResult> RecordPayment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "invoices/{invoiceId}/payments")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId) =>
        new HandlerResult(await api.For(client).RecordPaymentAsync(request.HttpContext, invoiceId).ConfigureAwait(false));

    /// <summary>POST /api/invoices/{invoiceId}/waiver.</summary>
    [Function(nameof(Waive))]
    public async Task<IActionResult> Waive(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "invoices/{invoiceId}/waiver")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId) =>
        new HandlerResult(await api.For(client).WaiveAsync(request.HttpContext, invoiceId).ConfigureAwait(false));

    /// <summary>POST /api/invoices/{invoiceId}/cancellation.</summary>
    [Function(nameof(Cancel))]
    public async Task<IActionResult> Cancel(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "invoices/{invoiceId}/cancellation")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId) =>
        new HandlerResult(await api.For(client).CancelAsync(request.HttpContext, invoiceId).ConfigureAwait(false));

    /// <summary>POST /api/invoices/{invoiceId}/rectification-claims.</summary>
    [Function(nameof(ReceiveRectificationClaim))]
    public async Task<IActionResult> ReceiveRectificationClaim(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "invoices/{invoiceId}/rectification-claims")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId) =>
        new HandlerResult(await api.For(client).ReceiveClaimAsync(request.HttpContext, invoiceId).ConfigureAwait(false));

    /// <summary>POST /api/invoices/{invoiceId}/rectification-claims/{claimId}/decision.</summary>
    [Function(nameof(DecideRectificationClaim))]
    public async Task<IActionResult> DecideRectificationClaim(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "invoices/{invoiceId}/rectification-claims/{claimId}/decision")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId, string claimId) =>
        new HandlerResult(await api.For(client).DecideClaimAsync(request.HttpContext, invoiceId, claimId).ConfigureAwait(false));
}
