using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Invoices;

/// <summary>
/// Brings one invoice to a day: takes the steps due and tells when it must wake up next (null
/// when closed or nothing is scheduled). The Durable activity and the local scheduler call this.
/// </summary>
public sealed class AdvanceInvoice(InvoiceWorkflow workflow)
{
    /// <summary>Advances <paramref name="id"/> to <paramref name="today"/>.</summary>
    public async Task<AdvanceResult> RunAsync(InvoiceId id, DateOnly today, CancellationToken cancellationToken)
    {
        var outcome = await workflow.ExecuteAsync(id, new InvoiceCommand.Advance(today), ConflictPolicy.Retry, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            CommandOutcome.Applied a => new AdvanceResult(id, a.Events.Count, a.Notices.Count, a.NextWakeUp, a.After.Status),
            CommandOutcome.Unchanged u => new AdvanceResult(id, 0, 0, u.NextWakeUp, u.State.Status),
            CommandOutcome.NotFound => new AdvanceResult(id, 0, 0, null, "not_found"),
            CommandOutcome.Conflict c => throw new InvalidOperationException($"Invoice {id} kept changing while it was advanced; try again."),
            CommandOutcome.Refused r => throw new InvalidOperationException($"Advancing invoice {id} was refused: {r.Reason}"),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }
}
