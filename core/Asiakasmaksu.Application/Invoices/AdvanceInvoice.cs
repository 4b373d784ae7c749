using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Invoices;

/// <summary>
/// Brings one invoice to a day: takes the steps due and tells when it must wake up next (null
/// when closed or nothing is scheduled). The Durable activity and the local scheduler call this.
/// </summary>
/// <remarks>
/// Contract for callers (the local scheduler, the Durable orchestration): it never throws for a
/// missing tariff. A step falling in a year without a configured tariff is not taken; the result
/// says so (<see cref="AdvanceResult.WaitingForTariffYear"/>) and its
/// <see cref="AdvanceResult.NextWakeUp"/> is the day to try again; once the year's tariff is
/// configured the next wake-up takes the step. It throws only for faults (storage) and for an
/// invoice that kept changing through every retry.
/// </remarks>
public sealed class AdvanceInvoice(InvoiceWorkflow workflow)
{
    /// <summary>Advances <paramref name="id"/> to <paramref name="today"/>.</summary>
    public Task<AdvanceResult> RunAsync(InvoiceId id, DateOnly today, CancellationToken cancellationToken) =>
        RunAsync(id, today, null, cancellationToken);

    /// <summary>Advances <paramref name="id"/> to <paramref name="today"/>, the notices of the steps stored claimed under <paramref name="hold"/> when given (<see cref="NoticeHold"/>): the caller delivers them next.</summary>
    public async Task<AdvanceResult> RunAsync(InvoiceId id, DateOnly today, NoticeHold? hold, CancellationToken cancellationToken)
    {
        var outcome = await workflow.ExecuteAsync(id, new InvoiceCommand.Advance(today), hold, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            CommandOutcome.Applied a => new AdvanceResult(id, a.Events.Count, a.Notices.Count, a.NextWakeUp, a.After.Status, Waiting(a.After, today)) { Committed = a.Notices },
            CommandOutcome.Unchanged u => new AdvanceResult(id, 0, 0, u.NextWakeUp, u.State.Status, Waiting(u.State, today)),
            CommandOutcome.NotFound => new AdvanceResult(id, 0, 0, null, "not_found"),
            CommandOutcome.Conflict c => throw new InvalidOperationException($"Invoice {id} kept changing while it was advanced; try again."),
            CommandOutcome.Refused r => throw new InvalidOperationException($"Advancing invoice {id} was refused: {r.Reason}"),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }

    private int? Waiting(IssuedInvoice state, DateOnly today) =>
        state is OpenInvoice open ? CollectionSchedule.YearWithoutTariff(open, today, workflow.Rules) : null;
}
