using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>
/// A cancelled invoice's ceiling lines leave their annual ceiling accounts (<c>CancelLines</c>),
/// after the invoice's own commit; a free card that no longer holds is revoked with a
/// <c>free_card_revoked</c> notice, and one whose start date moves is replaced with a new
/// <c>free_card</c>. Idempotent: running it again for the same invoice changes nothing, so the
/// workflow runs it whenever it finds the invoice cancelled (also after a crash between the two commits).
/// </summary>
public sealed class InvoiceCeilingCancellation(CeilingAccounts accounts, CeilingNoticeWriter notices)
{
    /// <summary>Cancels the ceiling lines of <paramref name="facts"/> on <paramref name="on"/>; notices are dated that day and stored at <paramref name="at"/>.</summary>
    public async Task<IReadOnlyDictionary<CeilingKey, CeilingOutcome>> CancelAsync(InvoiceFacts facts, DateOnly on, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var byAccount = facts.Lines
            .Where(l => l.CountsTowardCeiling)
            .GroupBy(l => new CeilingKey(l.CeilingHolderId ?? facts.ClientId, l.ServiceDate.Year))
            .ToDictionary(g => g.Key, g => g.Select(l => CeilingLine.KeyOf(facts.BatchId, l.LineId)).ToList());
        if (byAccount.Count == 0)
        {
            return new Dictionary<CeilingKey, CeilingOutcome>();
        }

        // Lines an account does not hold (an invoice from before the ceiling was tracked) are left out.
        var outcomes = await accounts.ApplyAsync(
            byAccount.Keys,
            read => new CeilingPlan(new CeilingCommand.CancelLines(on, [.. byAccount[read.Key].Where(k => read.Account.Find(k) is not null)]), null),
            cancellationToken).ConfigureAwait(false);
        await notices.WriteAsync(outcomes.Select(o => (o.Key, o.Value)), _ => on, at, cancellationToken).ConfigureAwait(false);
        return outcomes;
    }
}
