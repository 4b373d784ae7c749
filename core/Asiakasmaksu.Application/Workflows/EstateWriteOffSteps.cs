using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// The steps of the estate write-off workflow (seed 002; fan-out/fan-in): list the client's open
/// invoices, write off each (one activity per invoice), then queue and deliver the one confirmation
/// to the estate. Idempotent like <see cref="EstateWriteOff"/>, which they run.
/// </summary>
public sealed class EstateWriteOffSteps(EstateWriteOff estate, INoticeDispatcher dispatcher, TimeProvider clock, IDueWorkLedger ledger)
{
    /// <summary>The client's open invoices.</summary>
    public async Task<IReadOnlyList<string>> OpenInvoicesAsync(string clientId, CancellationToken cancellationToken) =>
        [.. (await estate.OpenInvoicesAsync(clientId, cancellationToken).ConfigureAwait(false)).Select(id => id.Value)];

    /// <summary>Writes off one invoice for the estate; its orchestration must then take the write-off in.</summary>
    public async Task<EstateInvoiceOutcome> WriteOffAsync(EstateInvoice item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var result = await estate.WriteOffAsync(new InvoiceId(item.InvoiceId), item.InventoryDate, item.Stamp, cancellationToken).ConfigureAwait(false);
        var writtenOff = result.Outcome is CommandOutcome.Applied;
        if (writtenOff)
        {
            ledger.Poke(item.InvoiceId, clock.GetUtcNow());
        }

        return new EstateInvoiceOutcome(item.InvoiceId, writtenOff, result.Outcome is CommandOutcome.Refused refused ? refused.Reason : null);
    }

    /// <summary>Queues the one confirmation to the estate and delivers it; returns its notice id, or null when nothing was written off.</summary>
    public async Task<string?> ConfirmAsync(EstateConfirmation confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        var mark = ledger.Begin(confirmation.WorkflowId);
        var order = confirmation.Order;
        var notice = await estate.ConfirmAsync(order.ClientId, order.InventoryDate, order.Stamp, cancellationToken).ConfigureAwait(false);
        if (notice is not null)
        {
            await dispatcher.DispatchNoticesAsync([notice.Id], cancellationToken).ConfigureAwait(false);
        }

        ledger.End(confirmation.WorkflowId, mark, null);
        return notice?.Id;
    }
}
