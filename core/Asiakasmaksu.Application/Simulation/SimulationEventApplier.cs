using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using S = Asiakasmaksu.Application.Simulation.SimulationEvent;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>
/// Applies one line of the events file through the same staff use cases as the staff API, at
/// <c>at</c> (the simulator's or the demonstration's clock): <c>simulate</c> and the durable
/// <c>demo</c> both play the events file with it.
/// </summary>
public sealed class SimulationEventApplier(IInvoiceStore store, StaffActions staff, EstateWriteOff estate)
{
    /// <summary>
    /// Applies <paramref name="e"/>; the outcome's refusal is null when it was applied (or changed
    /// nothing, being a repeat), else the reason it was refused, in words; it names the invoices it changed.
    /// </summary>
    public async Task<SimulationEventOutcome> ApplyAsync(SimulationEvent e, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        var stamp = new Stamp(e.Actor, at, e.Reason);
        var key = $"sim-{e.LineNumber}";
        switch (e)
        {
            case S.EstateWriteOff w:
                var result = await estate.RunAsync(w.ClientId, w.InventoryDate, stamp, cancellationToken).ConfigureAwait(false);
                return new SimulationEventOutcome(
                    result.Refusals.Count > 0 ? string.Join("; ", result.Refusals)
                        : result.WrittenOff == 0 && result.Confirmation is null ? "the client has no open invoices" : null,
                    result.WrittenOffIds);
            case S.RectificationDecision d:
                var id = Invoice(d.BatchId, d.ClientId);
                var stored = await store.LoadAsync(id, cancellationToken).ConfigureAwait(false);
                if (stored?.State is not OpenInvoice { PendingClaim: { } claim })
                {
                    return new SimulationEventOutcome(stored is null ? NoInvoice : "the invoice has no rectification claim awaiting decision", []);
                }

                return Outcome(id, (await staff.DecideClaimAsync(id, claim.ClaimId, d.Accepted, d.NewAmount, stamp, cancellationToken).ConfigureAwait(false)).Outcome);
        }

        var invoice = e switch
        {
            S.Payment p => Invoice(p.BatchId, p.ClientId),
            S.Deferral d => Invoice(d.BatchId, d.ClientId),
            S.PaymentPlan p => Invoice(p.BatchId, p.ClientId),
            S.Waiver w => Invoice(w.BatchId, w.ClientId),
            S.Cancel c => Invoice(c.BatchId, c.ClientId),
            S.RectificationClaim c => Invoice(c.BatchId, c.ClientId),
            _ => throw new InvalidOperationException($"Unknown simulation event {e.Type}."),
        };
        var outcome = e switch
        {
            S.Payment p => await staff.RecordPaymentAsync(invoice, key, p.Amount, p.Date, stamp, cancellationToken).ConfigureAwait(false),
            S.Deferral d => await staff.DeferAsync(invoice, d.NewDueDate, stamp, cancellationToken).ConfigureAwait(false),
            S.PaymentPlan p => await staff.AgreePaymentPlanAsync(invoice, p.Installments, stamp, cancellationToken).ConfigureAwait(false),
            S.Waiver w => await staff.WaiveAsync(invoice, stamp, cancellationToken).ConfigureAwait(false),
            S.Cancel c => await staff.CancelAsync(invoice, c.Why, stamp, cancellationToken).ConfigureAwait(false),
            S.RectificationClaim c => await staff.ReceiveClaimAsync(invoice, key, c.Date, stamp, cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"Unknown simulation event {e.Type}."),
        };
        return Outcome(invoice, outcome.Outcome);
    }

    private const string NoInvoice = "no invoice for that batchId and clientId";

    private static InvoiceId Invoice(string batchId, string clientId) => InvoiceIdentity.For(batchId, clientId);

    private static SimulationEventOutcome Outcome(InvoiceId invoice, CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.Applied => new(null, [invoice]),
        CommandOutcome.Unchanged => new(null, []),
        CommandOutcome.Refused r => new(r.Reason, []),
        CommandOutcome.NotFound => new(NoInvoice, []),
        CommandOutcome.Conflict => new("another change was made to the invoice at the same time", []),
        _ => new("unknown outcome", []),
    };
}
