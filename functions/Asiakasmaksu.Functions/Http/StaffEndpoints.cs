using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Http;

/// <summary>
/// The staff API's client, deferral-request and audit endpoints as HTTP triggers, each a call of
/// the shared handler. A deferral request starts its approval orchestration; a supervisor's
/// decision is handed to that orchestration (202), which applies or rejects it; an estate write-off
/// starts its fan-out orchestration (202).
/// </summary>
public sealed class StaffEndpoints(StaffApiHandlersFactory api)
{
    /// <summary>GET /api/clients/{clientId}/invoices.</summary>
    [Function(nameof(ListClientInvoices))]
    public async Task<IActionResult> ListClientInvoices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/invoices")] HttpRequest request, [DurableClient] DurableTaskClient client, string clientId) =>
        new HandlerResult(await api.For(client).ListClientInvoicesAsync(request.HttpContext, clientId).ConfigureAwait(false));

    /// <summary>POST /api/invoices/{invoiceId}/deferral-requests: records the request and starts its approval orchestration.</summary>
    [Function(nameof(RequestDeferral))]
    public async Task<IActionResult> RequestDeferral(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "invoices/{invoiceId}/deferral-requests")] HttpRequest request, [DurableClient] DurableTaskClient client, string invoiceId) =>
        new HandlerResult(await api.For(client).RequestDeferralAsync(request.HttpContext, invoiceId).ConfigureAwait(false));

    /// <summary>POST /api/deferral-requests/{requestId}/decision: hands the supervisor's decision to the approval orchestration.</summary>
    [Function(nameof(DecideDeferralRequest))]
    public async Task<IActionResult> DecideDeferralRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "deferral-requests/{requestId}/decision")] HttpRequest request, [DurableClient] DurableTaskClient client, string requestId) =>
        new HandlerResult(await api.For(client).DecideDeferralAsync(request.HttpContext, requestId).ConfigureAwait(false));

    /// <summary>GET /api/deferral-requests?status=.</summary>
    [Function(nameof(ListDeferralRequests))]
    public async Task<IActionResult> ListDeferralRequests(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "deferral-requests")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HandlerResult(await api.For(client).ListDeferralRequestsAsync(request.HttpContext).ConfigureAwait(false));

    /// <summary>POST /api/clients/{clientId}/estate-write-off: starts the estate write-off fan-out orchestration (202).</summary>
    [Function(nameof(WriteOffEstate))]
    public async Task<IActionResult> WriteOffEstate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/estate-write-off")] HttpRequest request, [DurableClient] DurableTaskClient client, string clientId) =>
        new HandlerResult(await api.For(client).WriteOffEstateAsync(request.HttpContext, clientId).ConfigureAwait(false));

    /// <summary>GET /api/audit.</summary>
    [Function(nameof(QueryAudit))]
    public async Task<IActionResult> QueryAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HandlerResult(await api.For(client).QueryAuditAsync(request.HttpContext).ConfigureAwait(false));
}
