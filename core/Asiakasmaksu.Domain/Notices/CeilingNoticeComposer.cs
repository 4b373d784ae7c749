using System.Globalization;
using Asiakasmaksu.Domain.Ceiling;

namespace Asiakasmaksu.Domain.Notices;

/// <summary>
/// The notices of an annual payment ceiling (maksukatto) account, as data: <c>free_card</c> from
/// <see cref="CeilingEvent.FreeCardIssued"/>, <c>free_card_revoked</c> from
/// <see cref="CeilingEvent.FreeCardRevoked"/>, and the <c>ceiling_statement</c> on request. Ids are
/// deterministic (holder, year and the event's number in the account's stream), so a retried
/// commit never sends one twice. Pure: no clock, no I/O.
/// </summary>
public static class CeilingNoticeComposer
{
    /// <summary>The id of the notice caused by event <paramref name="eventNumber"/> (1-based) of the account.</summary>
    public static string NoticeId(string holderId, int year, int eventNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"ceiling-{holderId}-{year}-{eventNumber:D4}");

    /// <summary>The id of a statement of the account as it stood after <paramref name="eventCount"/> events, asked for on <paramref name="on"/>.</summary>
    public static string StatementId(string holderId, int year, int eventCount, DateOnly on) =>
        string.Create(CultureInfo.InvariantCulture, $"ceiling-{holderId}-{year}-statement-{on:yyyyMMdd}-{eventCount:D4}");

    /// <summary>
    /// The notices of <paramref name="events"/>, the first of which is event number
    /// <paramref name="firstEventNumber"/> of the account; <paramref name="after"/> is the account
    /// after them, <paramref name="ceiling"/> the year's ceiling, <paramref name="date"/> the notices' date.
    /// </summary>
    public static IReadOnlyList<Notice> ForEvents(
        CeilingAccount after, IReadOnlyList<CeilingEvent> events, int firstEventNumber, Money ceiling, CeilingAddressee to, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(to);
        var notices = new List<Notice>();
        for (var i = 0; i < events.Count; i++)
        {
            var id = NoticeId(after.HolderId, after.Year, firstEventNumber + i);
            switch (events[i])
            {
                case CeilingEvent.FreeCardIssued issued:
                    notices.Add(Make(id, NoticeKind.FreeCard, after, ceiling, to, date, Details(after, ceiling) with
                    {
                        FreeCardFrom = issued.Card.From,
                        ReplacedFrom = issued.Replaces?.From,
                    }));
                    break;
                case CeilingEvent.FreeCardRevoked revoked:
                    notices.Add(Make(id, NoticeKind.FreeCardRevoked, after, ceiling, to, date, Details(after, ceiling) with
                    {
                        Accrued = revoked.AccruedNow,
                        Remaining = Money.Max(Money.Zero, ceiling - revoked.AccruedNow),
                        FreeCardFrom = null,
                        RevokedFrom = revoked.Revoked.From,
                    }));
                    break;
            }
        }

        // A card issued and revoked by one decision cannot happen (one recomputation each), but a
        // revocation followed by a new card can: both notices go, in event order.
        return notices;
    }

    /// <summary>The statement of <paramref name="account"/> asked for on <paramref name="on"/>: accrual, remaining, free card and every line that built it.</summary>
    public static Notice Statement(CeilingAccount account, Money ceiling, CeilingAddressee to, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(to);
        var details = Details(account, ceiling) with
        {
            Lines = [.. account.Lines.Select(l => new CeilingStatementLine(l.Line.ServiceDate, l.Line.ServiceCode, l.Line.ClientId, l.Line.Billed, l.Charge.Total, l.Line.CountsTowardCeiling ? l.Charge.TowardCeiling : Money.Zero))],
        };
        return Make(StatementId(account.HolderId, account.Year, account.EventCount, on), NoticeKind.CeilingStatement, account, ceiling, to, on, details);
    }

    private static CeilingNoticeDetails Details(CeilingAccount account, Money ceiling) =>
        new(account.Year, ceiling, account.Accrued, account.RemainingUnder(ceiling), account.FreeCard?.From, null, null, []);

    private static Notice Make(string id, NoticeKind kind, CeilingAccount account, Money ceiling, CeilingAddressee to, DateOnly date, CeilingNoticeDetails details) => new(
        id,
        kind,
        date,
        to.Language,
        to.Recipient,
        to.HolderName,
        account.HolderId,
        null,
        null,
        new NoticeAmounts(Money.Zero, Money.Zero, Money.Zero, Money.Zero),
        null,
        null,
        NoticeDetails.None with { Ceiling = details });
}
