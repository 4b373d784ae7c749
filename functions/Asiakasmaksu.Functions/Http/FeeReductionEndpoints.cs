using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Http;

/// <summary>The staff API's fee-reduction endpoints (Act 734/1992 11 §) as HTTP triggers, each a call of the shared handler.</summary>
public sealed class FeeReductionEndpoints(StaffApiHandlersFactory api)
{
    /// <summary>POST /api/clients/{clientId}/fee-reductions: decides, records, notifies and audits (supervisor or director).</summary>
    [Function(nameof(DecideFeeReduction))]
    public async Task<IActionResult> DecideFeeReduction(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/fee-reductions")] HttpRequest request, [DurableClient] DurableTaskClient client, string clientId) =>
        new HandlerResult(await api.For(client).DecideFeeReductionAsync(request.HttpContext, clientId).ConfigureAwait(false));

    /// <summary>GET /api/clients/{clientId}/fee-reductions.</summary>
    [Function(nameof(ListFeeReductions))]
    public async Task<IActionResult> ListFeeReductions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clients/{clientId}/fee-reductions")] HttpRequest request, [DurableClient] DurableTaskClient client, string clientId) =>
        new HandlerResult(await api.For(client).ListFeeReductionsAsync(request.HttpContext, clientId).ConfigureAwait(false));
}
