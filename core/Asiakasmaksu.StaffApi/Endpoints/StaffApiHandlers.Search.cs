using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Application.Maintenance;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffApi.Http;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>Who is signed in, and the one search box (docs/staff-api.md, "Search").</summary>
public sealed partial class StaffApiHandlers
{
    /// <summary>The longest query searched.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>GET /api/me: the caller's staff id and role, and today in business time (what the web app shows and counts limits from).</summary>
    public Task<IResult> GetMeAsync(HttpContext context) => ReadAsync(context, caller =>
    {
        var today = services.Clock.Today();
        var tariffs = TariffOutlook.Of(services.Rules.Tariffs, today, Housekeeping.TariffWarningDays);
        return Task.FromResult(ApiJson.Ok(new StaffMember(caller.StaffId, caller.Role.Name(), today, tariffs.Warning()), StaffApiJson.Default.StaffMember));
    });

    /// <summary>
    /// GET /api/search?q=&amp;limit=&amp;continuation=: a client id, a name (its beginning), a reference
    /// number, an invoice id or number; a page of hits. A henkilötunnus is refused here (400 naming
    /// <c>q</c>): it must not stand in a URL, so it is searched with <see cref="SearchByBodyAsync"/>.
    /// </summary>
    public Task<IResult> SearchAsync(HttpContext context) => ReadAsync(context, async _ =>
    {
        var values = context.Request.Query["q"];
        var q = values.Count == 1 ? values[0]?.Trim() ?? string.Empty : string.Empty;
        if (q.Length is 0 or > MaxQueryLength || q.Any(char.IsControl) || !SafeText.IsWellFormed(q))
        {
            throw new BadRequest("q", $"q must be one text of 1–{MaxQueryLength} characters: a client id, a name, a reference number, an invoice id or number (a henkilötunnus goes in the body of POST /api/search).");
        }

        if (Domain.References.PersonalIdentityCodeSearch.Contains(q))
        {
            throw new BadRequest("q", "a henkilötunnus must not be sent in a URL (it would stay in access logs): send it as {\"q\": …} in the body of POST /api/search.");
        }

        return await SearchAsync(context, q).ConfigureAwait(false);
    });

    /// <summary>
    /// POST /api/search?limit=&amp;continuation= with <c>{q}</c>: the same search with the query in the
    /// body, the only way to search by henkilötunnus (looked up through its keyed hash only; never
    /// logged nor answered back). Changes nothing, so no Idempotency-Key is needed.
    /// </summary>
    public Task<IResult> SearchByBodyAsync(HttpContext context) => ReadAsync(context, async _ =>
    {
        using var body = await RequestBody.ReadAsync(context.Request, StaffApiJson.MembersOf<SearchBody>(), context.RequestAborted).ConfigureAwait(false);
        return await SearchAsync(context, body.Fields.SearchText("q", MaxQueryLength)).ConfigureAwait(false);
    });

    private async Task<ApiResponse> SearchAsync(HttpContext context, string q)
    {
        if (services.Search is not { } search)
        {
            return Problems.Unavailable("search is not configured on this host");
        }

        // The continuation is bound to a hash of the query, not the query (a token travels in URLs).
        var query = ListQuery.Read(context.Request, "search", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(q))));
        var outcome = await search.SearchAsync(q, query.Page, context.RequestAborted).ConfigureAwait(false);
        return outcome switch
        {
            { Page: { } page } => query.Answer(page, h => new SearchHitView(h.MatchedBy, h.ClientId, h.Name, h.InvoiceId, h.InvoiceNumber), StaffApiJson.Default.PageSearchHitView),
            { Unavailable: true } => Problems.Unavailable(outcome.Problem!),
            _ => Problems.BadRequest("q", outcome.Problem!),
        };
    }
}
