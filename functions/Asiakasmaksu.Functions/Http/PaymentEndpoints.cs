using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Http;

/// <summary>The staff API's unmatched bank payment endpoints as HTTP triggers, each a call of the shared handler.</summary>
public sealed class PaymentEndpoints(StaffApiHandlersFactory api)
{
    /// <summary>GET /api/payments/unmatched.</summary>
    [Function(nameof(ListUnmatchedPayments))]
    public async Task<IActionResult> ListUnmatchedPayments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "payments/unmatched")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HandlerResult(await api.For(client).ListUnmatchedPaymentsAsync(request.HttpContext).ConfigureAwait(false));

    /// <summary>POST /api/payments/unmatched/{paymentId}/allocate: the invoice paid is woken through the change listener.</summary>
    [Function(nameof(AllocateUnmatchedPayment))]
    public async Task<IActionResult> AllocateUnmatchedPayment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "payments/unmatched/{paymentId}/allocate")] HttpRequest request, [DurableClient] DurableTaskClient client, string paymentId) =>
        new HandlerResult(await api.For(client).AllocateUnmatchedPaymentAsync(request.HttpContext, paymentId).ConfigureAwait(false));
}
