using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Http;

/// <summary>The billing office's files (billing files and their rejected lines, bank payment files), as HTTP triggers of the shared handlers.</summary>
public sealed class FileEndpoints(StaffApiHandlersFactory api)
{
    /// <summary>GET /api/billing-files.</summary>
    [Function(nameof(ListBillingFiles))]
    public async Task<IActionResult> ListBillingFiles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "billing-files")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HandlerResult(await api.For(client).ListBillingFilesAsync(request.HttpContext).ConfigureAwait(false));

    /// <summary>GET /api/billing-files/{fileId}/rejected-lines.</summary>
    [Function(nameof(GetRejectedLines))]
    public async Task<IActionResult> GetRejectedLines(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "billing-files/{fileId}/rejected-lines")] HttpRequest request, [DurableClient] DurableTaskClient client, string fileId) =>
        new HandlerResult(await api.For(client).GetRejectedLinesAsync(request.HttpContext, fileId).ConfigureAwait(false));

    /// <summary>GET /api/payment-files.</summary>
    [Function(nameof(ListPaymentFiles))]
    public async Task<IActionResult> ListPaymentFiles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "payment-files")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HandlerResult(await api.For(client).ListPaymentFilesAsync(request.HttpContext).ConfigureAwait(false));
}
