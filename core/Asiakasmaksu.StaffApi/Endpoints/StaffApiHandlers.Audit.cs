using System.Globalization;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Http;
using Asiakasmaksu.StaffApi.Views;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

public sealed partial class StaffApiHandlers
{
    /// <summary>The ISO 8601 instants the audit filters take (besides plain dates).</summary>
    private static readonly string[] IsoInstants =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    /// <summary>GET /api/audit?invoiceId=&amp;clientId=&amp;from=&amp;to=&amp;limit=&amp;continuation=: a page of the matching audit records, oldest first.</summary>
    public Task<IResult> QueryAuditAsync(HttpContext context) => ReadAsync(context, async _ =>
    {
        var q = context.Request.Query;
        var query = new AuditQuery(
            Optional(q["invoiceId"].ToString(), v => RouteIds.Invoice(v)),
            Optional(q["clientId"].ToString(), v => RouteIds.Client(v)),
            Instant(q["from"].ToString(), "from"),
            Instant(q["to"].ToString(), "to"));
        var list = ListQuery.Read(context.Request, "audit", query.InvoiceId, query.ClientId, Stamp(query.From), Stamp(query.To));
        var page = await services.Audit.QueryPageAsync(query, list.Page, context.RequestAborted).ConfigureAwait(false);
        return list.Answer(page, ListViews.Audit, StaffApiJson.Default.PageAuditRecordView);
    });

    private static string? Stamp(DateTimeOffset? at) => at?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static string? Optional(string text, Func<string, string> check) => text.Length == 0 ? null : check(text);

    /// <summary>
    /// A date (the start of that Helsinki day) or an ISO 8601 instant (UTC when it names no
    /// offset), in 2000–2099; "from" is inclusive, "to" exclusive.
    /// </summary>
    private static DateTimeOffset? Instant(string text, string name)
    {
        if (text.Length == 0)
        {
            return null;
        }

        DateTimeOffset? instant = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2099
            ? Application.Time.BusinessTime.StartOf(day)
            : text.Length <= 40 && DateTimeOffset.TryParseExact(text, IsoInstants, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        return instant is { Year: >= 2000 and <= 2099 }
            ? instant
            : throw new BadRequest(name, $"{name} must be a date yyyy-mm-dd or an ISO 8601 instant (e.g. 2026-03-05T10:00:00Z) in 2000–2099.");
    }
}
