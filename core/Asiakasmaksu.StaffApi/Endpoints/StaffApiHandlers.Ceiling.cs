using System.Globalization;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Http;
using Asiakasmaksu.StaffApi.Views;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>The annual payment ceiling (maksukatto): a holder's account of a year, and the statement notice (docs/staff-api.md, docs/ceiling.md).</summary>
public sealed partial class StaffApiHandlers
{
    private const int FirstYear = 2000;
    private const int LastYear = 2099;

    /// <summary>
    /// GET /api/clients/{clientId}/ceiling?year=: accrued, remaining, ceiling, free card and the
    /// lines that built it (every role). Without year, the current year (Europe/Helsinki).
    /// </summary>
    public Task<IResult> GetCeilingAsync(HttpContext context, string clientId) => ReadAsync(context, async _ =>
    {
        RouteIds.Client(clientId);
        var year = QueryYear(context);
        if (services.Ceilings is not { } ceilings)
        {
            return Problems.Unavailable("the payment ceiling is not configured on this host");
        }

        var stored = await ceilings.LoadAsync(clientId, year, context.RequestAborted).ConfigureAwait(false);
        return ApiJson.Ok(DecisionViews.Ceiling(clientId, year, ceilings.CeilingOf(year), stored), StaffApiJson.Default.CeilingAccountView);
    });

    /// <summary>
    /// POST /api/clients/{clientId}/ceiling/statement {year}: queues the ceiling_statement notice
    /// (team, supervisor, director; the auditor reads only). Idempotent by the Idempotency-Key, and
    /// the notice id is fixed by the holder, year, account state and day, so it goes out once.
    /// </summary>
    public Task<IResult> RequestCeilingStatementAsync(HttpContext context, string clientId) => ChangeAsync(context, new("ceiling_statement", ClientId: clientId), f => BodyReader.CeilingStatement(f, FirstYear, LastYear), async (caller, body, _) =>
    {
        var year = body.Year;
        var stamp = Stamp(caller, body.Note ?? string.Empty);
        if (services.Ceilings is not { } ceilings)
        {
            return Change.None(Problems.Unavailable("the payment ceiling is not configured on this host"));
        }

        return await ceilings.RequestAsync(clientId, year, stamp, Finishing).ConfigureAwait(false) switch
        {
            CeilingStatementOutcome.Queued queued => Change.None(ApiJson.Ok(new CeilingStatementQueued("queued", queued.Notice.Id, "ceiling_statement", year, queued.AuditId), StaffApiJson.Default.CeilingStatementQueued)),
            CeilingStatementOutcome.Refused { NotFound: true } refused => Change.None(Problems.NotFound(refused.Reason)),
            CeilingStatementOutcome.Refused refused => Change.None(Problems.Unprocessable(refused.Reason)),
            _ => throw new InvalidOperationException("Unknown statement outcome."),
        };
    });

    private int QueryYear(HttpContext context)
    {
        var text = context.Request.Query["year"];
        if (text.Count == 0)
        {
            return services.Clock.Today().Year;
        }

        return text.Count == 1 && int.TryParse(text[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= FirstYear and <= LastYear
            ? year
            : throw new BadRequest("year", "year must be one whole number from 2000 to 2099.");
    }
}
