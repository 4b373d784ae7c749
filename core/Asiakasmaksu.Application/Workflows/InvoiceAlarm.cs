using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// One wake-up of an invoice's alarm clock (the invoice orchestration's one activity): takes the
/// steps due by now (a day's steps at 18:00 Helsinki time, <see cref="BusinessTime.StepDayOf"/>),
/// delivers the invoice's due notices (what it committed, or all the invoice has pending), and tells when to wake next, in business time and as the
/// engine instant for the orchestration's timer. A timer that fired a little early is waited out
/// first, so an early fire does not cost an extra episode.
/// </summary>
public sealed class InvoiceAlarm(AdvanceInvoice advance, INoticeDispatcher dispatcher, BusinessClock clock, IDueWorkLedger ledger)
{
    /// <summary>Wakes invoice <paramref name="wake"/>.<see cref="InvoiceWake.InvoiceId"/>; idempotent (a repeated wake-up takes no step twice and delivers nothing twice).</summary>
    public async Task<InvoiceStep> WakeAsync(InvoiceWake wake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wake);
        if (wake.WokenFor is { } due)
        {
            // A change that arrives meanwhile ends the wait: the orchestration takes it in next.
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, ledger.NextPoke(wake.InvoiceId));
            try
            {
                await clock.WaitUntilAsync(due, waiting.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
        }

        var mark = ledger.Begin(wake.InvoiceId);
        var id = new InvoiceId(wake.InvoiceId);

        // A timer's wake-up stores the notices of its steps claimed for itself (a hold: no claim to
        // write after the commit) and delivers them, holding them already. The invoice's first
        // wake-up, a change's, and one that committed nothing (a retry after a crash past its commit,
        // a step waiting for a tariff) deliver whatever the invoice has pending (read back from its
        // partition). A notice either leaves, such as an earlier one whose failed attempt waits for
        // its retry time, or one a crashed wake-up held until its hold runs out, is the outbox sweeper's.
        var hold = wake.WokenFor is null ? null : NoticeHold.Take(clock);
        var result = await advance.RunAsync(id, BusinessTime.StepDayOf(clock.GetUtcNow()), hold, cancellationToken).ConfigureAwait(false);
        var delivered = hold is not null && result.Events > 0
            ? await dispatcher.DispatchCommittedAsync(result.Committed, hold, cancellationToken).ConfigureAwait(false)
            : await dispatcher.DispatchForInvoiceAsync(id, cancellationToken).ConfigureAwait(false);
        DateTimeOffset? wakeAt = result.Status == InvoiceStep.Open && result.NextWakeUp is { } day ? BusinessTime.StepsStartOf(day) : null;
        ledger.End(wake.InvoiceId, mark, wakeAt);
        return new InvoiceStep(result.Status, wakeAt, wakeAt is { } at ? clock.EngineInstantOf(at) : null, result.Events, result.Notices, delivered.Count);
    }
}
