using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Http;

/// <summary>Who is signed in and the staff's search (docs/staff-api.md, "Search"), as HTTP triggers of the shared handlers.</summary>
public sealed class SearchEndpoints(StaffApiHandlersFactory api)
{
    /// <summary>GET /api/me.</summary>
    [Function(nameof(GetMe))]
    public async Task<IActionResult> GetMe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HandlerResult(await api.For(client).GetMeAsync(request.HttpContext).ConfigureAwait(false));

    /// <summary>GET /api/search?q= (not a henkilötunnus).</summary>
    [Function(nameof(Search))]
    public async Task<IActionResult> Search(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "search")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HandlerResult(await api.For(client).SearchAsync(request.HttpContext).ConfigureAwait(false));

    /// <summary>POST /api/search with {q} (how a henkilötunnus is searched).</summary>
    [Function(nameof(SearchByBody))]
    public async Task<IActionResult> SearchByBody(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "search")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        new HandlerResult(await api.For(client).SearchByBodyAsync(request.HttpContext).ConfigureAwait(false));
}
