using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Http;

/// <summary>The work queues (invoices reaching enforcement, rectification claims awaiting decision), as HTTP triggers of the shared handlers.</summary>
public sealed class WorkQueueEndpoints(StaffApiHandlersFactory api)
{
    /// <summary>GET /api/work/enforcement.</summary>
    [Function(nameof(ListReachingEnforcement))]
    public async Task<IActionResult> ListReachingEnforcement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "work/enforcement")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HandlerResult(await api.For(client).ListReachingEnforcementAsync(request.HttpContext).ConfigureAwait(false));

    /// <summary>GET /api/work/rectification-claims.</summary>
    [Function(nameof(ListPendingClaims))]
    public async Task<IActionResult> ListPendingClaims(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "work/rectification-claims")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HandlerResult(await api.For(client).ListPendingClaimsAsync(request.HttpContext).ConfigureAwait(false));
}
