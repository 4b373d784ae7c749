using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// The annual payment ceiling (maksukatto) in the billing import (docs/ceiling.md): before a
/// chunk's invoices are created, its ceiling lines (ceiling = 1) are grouped by (holder =
/// ceiling_holder_id or client_id, service-date year), charged with <c>ChargeLines</c> and
/// committed, so each line is billed its charge from the account. Committing first keeps a rerun
/// after a crash exact: the lines are found charged already (charging is idempotent) and the same
/// invoices are made.
/// </summary>
internal sealed class ImportCeiling(CeilingAccounts accounts)
{
    /// <summary>Charges the ceiling lines of <paramref name="lines"/> on <paramref name="on"/>.</summary>
    public async Task<ChunkCharges> ChargeAsync(IEnumerable<BillingLine> lines, DateOnly on, CancellationToken cancellationToken)
    {
        var byAccount = lines
            .Where(l => l.CountsTowardCeiling)
            .GroupBy(l => new CeilingKey(l.CeilingHolder, l.ServiceDate.Year))
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.LineNumber).ToList());
        if (byAccount.Count == 0)
        {
            return ChunkCharges.None;
        }

        var outcomes = await accounts.ApplyAsync(byAccount.Keys, read => Plan(read, byAccount[read.Key], on), cancellationToken).ConfigureAwait(false);
        var charged = new Dictionary<string, Money>(StringComparer.Ordinal);
        var rejected = new List<LineRejection>();
        foreach (var (key, group) in byAccount)
        {
            var outcome = outcomes[key];
            foreach (var line in group)
            {
                var ceilingLine = line.ToCeilingLine();
                var before = outcome.Read.Account;
                if (outcome.Read.Account.Cancelled.Contains(ceilingLine.LineKey))
                {
                    // Its invoice was cancelled: the invoice store knows the line and decides (already imported, or a duplicate).
                    continue;
                }

                if (before.Find(ceilingLine.LineKey) is { } existing && existing.Line != ceilingLine)
                {
                    rejected.Add(new LineRejection(line.LineNumber, BillingColumns.LineId, ImportReasons.LineIdReusedEarlier, line.ClientId));
                }
                else if (outcome.Decision is CeilingDecision.Refused refused)
                {
                    rejected.Add(new LineRejection(line.LineNumber, BillingColumns.ServiceDate, refused.Reason, line.ClientId));
                }
                else
                {
                    charged[ceilingLine.LineKey] = outcome.After.Find(ceilingLine.LineKey)!.Charge.Total;
                }
            }
        }

        return new ChunkCharges(charged, rejected, [.. outcomes.Select(o => (o.Key, o.Value)).OrderBy(o => o.Key.HolderId, StringComparer.Ordinal).ThenBy(o => o.Key.Year)]);
    }

    /// <summary>
    /// Cancels lines the invoice store rejected after they were charged (a line id an earlier file
    /// used for another client, an invoice already issued), so the accrual holds only invoiced lines.
    /// Only a line the account holds with the same content is cancelled: the same key with the same
    /// holder, client, date and amount is on no invoice when the store rejected it (a rerun after a
    /// crash between the commit and the store's answer cancels it as a clean run would).
    /// </summary>
    public async Task<IReadOnlyList<(CeilingKey Key, CeilingOutcome Outcome)>> UnchargeAsync(IEnumerable<BillingLine> rejected, DateOnly on, CancellationToken cancellationToken)
    {
        var byAccount = rejected
            .GroupBy(l => new CeilingKey(l.CeilingHolder, l.ServiceDate.Year))
            .ToDictionary(g => g.Key, g => g.Select(l => l.ToCeilingLine()).ToList());
        if (byAccount.Count == 0)
        {
            return [];
        }

        var outcomes = await accounts.ApplyAsync(
            byAccount.Keys,
            read => new CeilingPlan(new CeilingCommand.CancelLines(on, [.. byAccount[read.Key].Where(l => read.Account.Find(l.LineKey)?.Line == l).Select(l => l.LineKey)]), null),
            cancellationToken).ConfigureAwait(false);
        return [.. outcomes.Select(o => (o.Key, o.Value)).OrderBy(o => o.Key.HolderId, StringComparer.Ordinal).ThenBy(o => o.Key.Year)];
    }

    /// <summary>The line that reached the ceiling: the last accruing line in charging order, once there is a free card.</summary>
    public static CeilingLine? ReachingLine(CeilingAccount account) =>
        account.FreeCard is null ? null : account.Lines.LastOrDefault(l => l.Line.CountsTowardCeiling && l.Charge.TowardCeiling.IsPositive)?.Line;

    /// <summary>
    /// Whom the holder's notices go to, from a billing line. Assumption (docs/notices.md): the
    /// recipient of the line (a guardian or relative when it names one, else the client). For the
    /// client's own ceiling the holder's name is the client's. For a guardian link the named
    /// recipient is the guardian, who holds the ceiling: the notice is the guardian's own (not on
    /// behalf of the minor); when the line names no recipient it goes to the minor's address, named
    /// as the line names the client.
    /// </summary>
    public static CeilingAddressee ContactOf(BillingLine line) =>
        line is { CeilingHolderId: not null, Representative: { } guardian }
            ? new(guardian.Name, line.Language, line.Recipient with { OnBehalfOfClient = false })
            : new(line.Client.Name, line.Language, line.Recipient);

    private CeilingPlan Plan(StoredCeiling read, List<BillingLine> lines, DateOnly on)
    {
        var account = read.Account;
        var chargeable = lines
            .Where(l => !account.Cancelled.Contains(l.CeilingLineKey) && (account.Find(l.CeilingLineKey) is not { } existing || existing.Line == l.ToCeilingLine()))
            .ToList();
        if (chargeable.Count == 0)
        {
            return new CeilingPlan(null, null);
        }

        var command = new CeilingCommand.ChargeLines(on, [.. chargeable.Select(l => l.ToCeilingLine())]);

        // The line that reached the ceiling gives the contact when it is in this chunk; else the
        // contact stored stays, and an account without one takes the chunk's first line's.
        var contactLine = chargeable[0];
        if (accounts.Decide(account, command) is CeilingDecision.Accepted accepted
            && ReachingLine(read.Apply(accepted.Events)) is { } reaching
            && chargeable.FirstOrDefault(l => l.CeilingLineKey == reaching.LineKey) is { } reachingLine)
        {
            return new CeilingPlan(command, ContactOf(reachingLine));
        }

        return new CeilingPlan(command, read.Contact is null ? ContactOf(contactLine) : null);
    }
}
