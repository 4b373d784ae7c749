using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;
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
        Task.FromResult(ApiJson.Ok(new StaffMember(caller.StaffId, caller.Role.Name(), services.Clock.Today()), StaffApiJson.Default.StaffMember)));

    /// <summary>
    /// GET /api/search?q=&amp;limit=&amp;continuation=: a client id, a name (its beginning), a reference
    /// number, an invoice id or a henkilötunnus; a page of hits. The query is never logged nor
    /// answered back, and a henkilötunnus is looked up only through its keyed hash.
    /// </summary>
    public Task<IResult> SearchAsync(HttpContext context) => ReadAsync(context, async _ =>
    {
        var values = context.Request.Query["q"];
        var q = values.Count == 1 ? values[0]?.Trim() ?? string.Empty : string.Empty;
        if (q.Length is 0 or > MaxQueryLength || q.Any(char.IsControl) || !SafeText.IsWellFormed(q))
        {
            throw new BadRequest("q", $"q must be one text of 1–{MaxQueryLength} characters: a client id, a name, a reference number, an invoice id or a henkilötunnus.");
        }

        if (services.Search is not { } search)
        {
            return Problems.Unavailable("search is not configured on this host");
        }

        var isCode = Domain.References.PersonalIdentityCodeSearch.Contains(q);
        var query = ListQuery.Read(context.Request, "search", isCode ? "code" : q);
        var outcome = await search.SearchAsync(q, query.Page, context.RequestAborted).ConfigureAwait(false);
        return outcome switch
        {
            { Page: { } page } => query.Answer(page, h => new SearchHitView(h.MatchedBy, h.ClientId, h.Name, h.InvoiceId), StaffApiJson.Default.PageSearchHitView),
            { Unavailable: true } => Problems.Unavailable(outcome.Problem!),
            _ => Problems.BadRequest("q", outcome.Problem!),
        };
    });
}
