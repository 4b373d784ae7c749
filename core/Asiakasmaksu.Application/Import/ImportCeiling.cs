using System.Globalization;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// The annual payment ceiling (maksukatto) in the billing import (docs/ceiling.md), a pass over the
/// file's grouped lines before any invoice is made: the ceiling lines (ceiling = 1) are sorted by
/// account (service-date year, holder = ceiling_holder_id or client_id) in bounded memory, and
/// each account's lines of the whole file are charged at once, in line-number order, with
/// <c>ChargeLines</c>, and committed; then the free card notices of the accounts are put in the
/// outbox. So what a line is billed does not depend on the order of the file's invoices or
/// batches, each account is read and written once per import, and the store reads the accounts of
/// a chunk as key ranges (the sort keeps them together). Committing before any invoice keeps a
/// rerun after a crash exact: the lines are found charged already (charging is idempotent) and
/// the same invoices are made. What each line was charged is kept in <see cref="ImportCharges"/>.
/// </summary>
internal sealed class ImportCeiling(CeilingAccounts accounts, CeilingNoticeWriter notices)
{
    /// <summary>Ceiling lines charged per store round trip (whole accounts: an account is never split).</summary>
    private const int LinesPerChunk = 5_000;

    /// <summary>
    /// Charges every ceiling line of <paramref name="groups"/> (the invoices' kept lines) on
    /// <paramref name="on"/>, records the charges and refusals in <paramref name="charges"/>,
    /// rejects the refused lines in <paramref name="tally"/> and writes the accounts' free card
    /// notices, stored at <paramref name="at"/>. Reports the ceiling lines charged so far as phase "ceiling".
    /// </summary>
    public async Task ChargeAsync(IEnumerable<IReadOnlyList<BillingLine>> groups, int maxLinesInMemory, ImportCharges charges, ImportTally tally, DateOnly on, DateTimeOffset at, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        using var byAccount = new LineSpool(maxLinesInMemory);
        foreach (var lines in groups)
        {
            foreach (var line in lines.Where(l => l.CountsTowardCeiling))
            {
                byAccount.Add(OrderKey(line), line);
            }
        }

        var chunk = new List<BillingLine>(LinesPerChunk);
        var done = 0;
        foreach (var (_, lines) in byAccount.Groups())
        {
            chunk.AddRange(lines);
            if (chunk.Count >= LinesPerChunk)
            {
                await ChargeChunkAsync(chunk, charges, tally, on, at, cancellationToken).ConfigureAwait(false);
                done += chunk.Count;
                progress?.Report(new ImportProgress("ceiling", done, null));
                chunk.Clear();
            }
        }

        if (chunk.Count > 0)
        {
            await ChargeChunkAsync(chunk, charges, tally, on, at, cancellationToken).ConfigureAwait(false);
            progress?.Report(new ImportProgress("ceiling", done + chunk.Count, null));
        }
    }

    /// <summary>
    /// Cancels lines the invoice store rejected after they were charged (a line id an earlier file
    /// used for another client, an invoice already issued), so the accrual holds only invoiced lines,
    /// and writes the accounts' notices. Only a line the account holds with the same content is
    /// cancelled: the same key with the same holder, client, date and amount is on no invoice when
    /// the store rejected it (a rerun after a crash between the commit and the store's answer
    /// cancels it as a clean run would). The charges the cancellation changed are recorded in
    /// <paramref name="charges"/>, so the file's invoices not made yet bill them.
    /// </summary>
    public async Task UnchargeAsync(IReadOnlyList<BillingLine> rejected, ImportCharges charges, DateOnly on, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var byAccount = rejected
            .GroupBy(l => new CeilingKey(l.CeilingHolder, l.ServiceDate.Year))
            .ToDictionary(g => g.Key, g => g.Select(l => l.ToCeilingLine()).ToList());
        if (byAccount.Count == 0)
        {
            return;
        }

        var outcomes = await accounts.ApplyAsync(
            byAccount.Keys,
            read => new CeilingPlan(new CeilingCommand.CancelLines(on, [.. byAccount[read.Key].Where(l => read.Account.Find(l.LineKey)?.Line == l).Select(l => l.LineKey)]), null),
            cancellationToken).ConfigureAwait(false);
        foreach (var adjusted in outcomes.Values.SelectMany(o => o.Events).OfType<CeilingEvent.ChargeAdjusted>())
        {
            charges.Adjusted(adjusted.LineKey, adjusted.Now.Total);
        }

        await notices.WriteAsync(Ordered(outcomes), NoticeDates(rejected, on), at, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Charges one chunk of whole accounts. A line is refused (and rejected) when its line id was
    /// used earlier with other content, or when the account refuses the charge (a year without a
    /// confirmed ceiling); a line of a cancelled invoice is left to the invoice store, which knows it.
    /// </summary>
    private async Task ChargeChunkAsync(List<BillingLine> lines, ImportCharges charges, ImportTally tally, DateOnly on, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var byAccount = lines
            .GroupBy(l => new CeilingKey(l.CeilingHolder, l.ServiceDate.Year))
            .ToDictionary(g => g.Key, g => g.ToList());
        var outcomes = await accounts.ApplyAsync(byAccount.Keys, read => Plan(read, byAccount[read.Key], on), cancellationToken).ConfigureAwait(false);
        foreach (var (key, group) in byAccount)
        {
            var outcome = outcomes[key];
            foreach (var line in group)
            {
                var ceilingLine = line.ToCeilingLine();
                if (outcome.Read.Account.Cancelled.Contains(ceilingLine.LineKey))
                {
                    // Its invoice was cancelled: the invoice store knows the line and decides (already imported, or a duplicate).
                    continue;
                }

                if (outcome.Read.Account.Find(ceilingLine.LineKey) is { } existing && existing.Line != ceilingLine)
                {
                    charges.Refuse(line);
                    await tally.RejectAsync(new LineRejection(line.LineNumber, BillingColumns.LineId, ImportReasons.LineIdReusedEarlier, line.ClientId), cancellationToken).ConfigureAwait(false);
                }
                else if (outcome.Decision is CeilingDecision.Refused refused)
                {
                    charges.Refuse(line);
                    await tally.RejectAsync(new LineRejection(line.LineNumber, BillingColumns.ServiceDate, refused.Reason, line.ClientId), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    charges.Charged(line, outcome.After.Find(ceilingLine.LineKey)!.Charge.Total);
                }
            }
        }

        await notices.WriteAsync(Ordered(outcomes), NoticeDates(lines, on), at, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The order the pass charges accounts in: by service-date year, then holder (ordinal), which is also the order of the accounts' rows in the store.</summary>
    private static string OrderKey(BillingLine line) =>
        $"{line.ServiceDate.Year.ToString("D4", CultureInfo.InvariantCulture)}\u001F{line.CeilingHolder}";

    private static IEnumerable<(CeilingKey Key, CeilingOutcome Outcome)> Ordered(IReadOnlyDictionary<CeilingKey, CeilingOutcome> outcomes) =>
        outcomes.Select(o => (o.Key, o.Value)).OrderBy(o => o.Key.HolderId, StringComparer.Ordinal).ThenBy(o => o.Key.Year);

    /// <summary>
    /// The date of an account's free card notices: the latest invoice date of its lines in the file
    /// (not before the import day), so the card is mailed with the invoices that reached it.
    /// </summary>
    private static Func<CeilingKey, DateOnly> NoticeDates(IEnumerable<BillingLine> lines, DateOnly on)
    {
        var latest = lines
            .GroupBy(l => new CeilingKey(l.CeilingHolder, l.ServiceDate.Year))
            .ToDictionary(g => g.Key, g => g.Max(l => l.InvoiceDate));
        return key => latest.TryGetValue(key, out var date) && date > on ? date : on;
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
