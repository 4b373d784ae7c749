using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Http;

/// <summary>The staff API's annual payment ceiling (maksukatto) endpoints as HTTP triggers, each a call of the shared handler.</summary>
public sealed class CeilingEndpoints(StaffApiHandlersFactory api)
{
    /// <summary>GET /api/clients/{clientId}/ceiling?year=.</summary>
    [Function(nameof(GetCeiling))]
    public async Task<IActionResult> GetCeiling(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/ceiling")] HttpRequest request, [DurableClient] DurableTaskClient client, string clientId) =>
        new HandlerResult(await api.For(client).GetCeilingAsync(request.HttpContext, clientId).ConfigureAwait(false));

    /// <summary>POST /api/clients/{clientId}/ceiling/statement: queues the ceiling_statement notice.</summary>
    [Function(nameof(RequestCeilingStatement))]
    public async Task<IActionResult> RequestCeilingStatement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/ceiling/statement")] HttpRequest request, [DurableClient] DurableTaskClient client, string clientId) =>
        new HandlerResult(await api.For(client).RequestCeilingStatementAsync(request.HttpContext, clientId).ConfigureAwait(false));
}
