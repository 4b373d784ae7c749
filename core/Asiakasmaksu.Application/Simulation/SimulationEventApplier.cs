using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using S = Asiakasmaksu.Application.Simulation.SimulationEvent;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>
/// Applies one line of the events file through the same staff use cases as the staff API, on the
/// simulator's clock. Returns null when the event was applied (or changed nothing, being a repeat),
/// else the reason it was refused, in words.
/// </summary>
internal sealed class SimulationEventApplier(IInvoiceStore store, StaffActions staff, EstateWriteOff estate)
{
    public async Task<string?> ApplyAsync(SimulationEvent e, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var stamp = new Stamp(e.Actor, at, e.Reason);
        var key = $"sim-{e.LineNumber}";
        switch (e)
        {
            case S.EstateWriteOff w:
                var result = await estate.RunAsync(w.ClientId, w.InventoryDate, stamp, cancellationToken).ConfigureAwait(false);
                return result.Refusals.Count > 0 ? string.Join("; ", result.Refusals)
                    : result.WrittenOff == 0 && result.Confirmation is null ? "the client has no open invoices" : null;
            case S.RectificationDecision d:
                var id = Invoice(d.BatchId, d.ClientId);
                var stored = await store.LoadAsync(id, cancellationToken).ConfigureAwait(false);
                if (stored?.State is not OpenInvoice { PendingClaim: { } claim })
                {
                    return stored is null ? NoInvoice : "the invoice has no rectification claim awaiting decision";
                }

                return Refusal((await staff.DecideClaimAsync(id, claim.ClaimId, d.Accepted, d.NewAmount, stamp, cancellationToken).ConfigureAwait(false)).Outcome);
        }

        var outcome = e switch
        {
            S.Payment p => await staff.RecordPaymentAsync(Invoice(p.BatchId, p.ClientId), key, p.Amount, p.Date, stamp, cancellationToken).ConfigureAwait(false),
            S.Deferral d => await staff.DeferAsync(Invoice(d.BatchId, d.ClientId), d.NewDueDate, stamp, cancellationToken).ConfigureAwait(false),
            S.PaymentPlan p => await staff.AgreePaymentPlanAsync(Invoice(p.BatchId, p.ClientId), p.Installments, stamp, cancellationToken).ConfigureAwait(false),
            S.Waiver w => await staff.WaiveAsync(Invoice(w.BatchId, w.ClientId), stamp, cancellationToken).ConfigureAwait(false),
            S.Cancel c => await staff.CancelAsync(Invoice(c.BatchId, c.ClientId), c.Why, stamp, cancellationToken).ConfigureAwait(false),
            S.RectificationClaim c => await staff.ReceiveClaimAsync(Invoice(c.BatchId, c.ClientId), key, c.Date, stamp, cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidOperationException($"Unknown simulation event {e.Type}."),
        };
        return Refusal(outcome.Outcome);
    }

    private const string NoInvoice = "no invoice for that batchId and clientId";

    private static InvoiceId Invoice(string batchId, string clientId) => InvoiceIdentity.For(batchId, clientId);

    private static string? Refusal(CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.Applied or CommandOutcome.Unchanged => null,
        CommandOutcome.Refused r => r.Reason,
        CommandOutcome.NotFound => NoInvoice,
        CommandOutcome.Conflict => "another change was made to the invoice at the same time",
        _ => "unknown outcome",
    };
}
