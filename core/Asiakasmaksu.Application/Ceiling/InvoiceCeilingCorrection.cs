using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>
/// An invoice whose rectification claim was accepted with a new, lower amount corrects its ceiling
/// lines in their annual ceiling accounts (<c>CorrectLine</c>), after the invoice's own commit. Each
/// line's new charge (<see cref="RectifiedCharges"/>: the decrease shared in proportion to the
/// charges) becomes its corrected price-list amount — assumption: the decision says what the fee
/// should have been — and a line left at nothing is cancelled. The account then recomputes its
/// charges and free card: a card that no longer holds is revoked with a notice, and lines after it
/// that now cost something come out as <c>ChargeAdjusted</c> (docs/ceiling.md). Computed from the
/// invoice alone (its lines keep what they were charged), so running it again changes nothing.
/// </summary>
public sealed class InvoiceCeilingCorrection(CeilingAccounts accounts, CeilingNoticeWriter notices)
{
    /// <summary>Corrects the ceiling lines of <paramref name="facts"/> on <paramref name="on"/>; notices are dated that day and stored at <paramref name="at"/>.</summary>
    public async Task CorrectAsync(InvoiceFacts facts, DateOnly on, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var charges = RectifiedCharges.Of(facts);
        var corrections = facts.Lines
            .Select((line, i) => (Line: line, Now: charges[i]))
            .Where(c => c.Line.CountsTowardCeiling && c.Now < c.Line.Amount);
        foreach (var (line, billed) in corrections)
        {
            // One line at a time: an account decides one correction per command.
            var key = new CeilingKey(line.CeilingHolderId ?? facts.ClientId, line.ServiceDate.Year);
            var lineKey = CeilingLine.KeyOf(facts.BatchId, line.LineId);
            var outcomes = await accounts.ApplyAsync(
                [key],
                read => new CeilingPlan(
                    read.Account.Find(lineKey) is not { } held ? null // not held (an invoice from before the ceiling was tracked) or already cancelled
                        : billed.IsPositive ? new CeilingCommand.CorrectLine(on, held.Line with { Billed = billed })
                        : new CeilingCommand.CancelLines(on, [lineKey]),
                    null),
                cancellationToken).ConfigureAwait(false);
            await notices.WriteAsync(outcomes.Select(o => (o.Key, o.Value)), _ => on, at, cancellationToken).ConfigureAwait(false);
        }
    }
}
