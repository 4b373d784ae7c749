using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>
/// Puts the free card notices of committed ceiling accounts in the outbox (after the account's
/// commit): for each touched account, the notice of the last free card event of its stream (the
/// card issued or replaced, or its revocation), so one import or cancellation that moves the card
/// several times sends only where it ended. The notice id is deterministic (holder, year, event
/// number) and the outbox keeps the first: the notice is offered again every time the account is
/// touched, so one lost to a crash between the account's commit and this write is written by the
/// rerun, and none is sent twice.
/// </summary>
public sealed class CeilingNoticeWriter(IOutboxStore outbox, TariffBook tariffs)
{
    /// <summary>Writes the notices of <paramref name="outcomes"/>, dated by <paramref name="dateOf"/>, stored at <paramref name="at"/>.</summary>
    public async Task WriteAsync(IEnumerable<(CeilingKey Key, CeilingOutcome Outcome)> outcomes, Func<CeilingKey, DateOnly> dateOf, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(dateOf);
        foreach (var (key, outcome) in outcomes)
        {
            if (outcome.Contact is not { } to || outcome.Decision is CeilingDecision.Refused || CeilingOf(key.Year) is not { } ceiling)
            {
                continue;
            }

            var events = outcome.Read.Events.Concat(outcome.Events).ToList();
            var last = events.FindLastIndex(e => e is CeilingEvent.FreeCardIssued or CeilingEvent.FreeCardRevoked);
            if (last < 0)
            {
                continue;
            }

            foreach (var notice in CeilingNoticeComposer.ForEvents(outcome.After, [events[last]], last + 1, ceiling, to, dateOf(key)))
            {
                await outbox.AddAsync(notice, at, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The statement notice of <paramref name="stored"/> asked for on <paramref name="on"/>, or null when the account has no contact or the year no confirmed ceiling.</summary>
    public Notice? Statement(StoredCeiling stored, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.Contact is { } to && CeilingOf(stored.Key.Year) is { } ceiling
            ? CeilingNoticeComposer.Statement(stored.Account, ceiling, to, on)
            : null;
    }

    /// <summary>Stores <paramref name="notice"/> in the outbox (idempotent by its id).</summary>
    public Task AddAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken) => outbox.AddAsync(notice, at, cancellationToken);

    private Money? CeilingOf(int year) => tariffs.Has(year) ? tariffs.For(year).Ceiling : null;
}
