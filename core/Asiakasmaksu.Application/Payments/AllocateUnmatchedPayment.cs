using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Payments;

/// <summary>
/// Staff allocate an unmatched payment to an invoice: it is recorded there under its own payment
/// id (audited, idempotent) and the entry is marked allocated. Allocating again to the same
/// invoice does nothing more; to another invoice, or a reversal, is refused.
/// </summary>
public sealed class AllocateUnmatchedPayment(IUnmatchedPaymentStore unmatched, StaffActions staff)
{
    /// <summary>Allocates entry <paramref name="id"/> to <paramref name="invoiceId"/>.</summary>
    public async Task<AllocationResult> RunAsync(string id, InvoiceId invoiceId, Stamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        var entry = await unmatched.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return new AllocationResult(AllocationStatus.NotFound, null, null, "no such unmatched payment");
        }

        if (!entry.IsOpen)
        {
            return entry.AllocatedTo == invoiceId
                ? new AllocationResult(AllocationStatus.AlreadyAllocated, entry, null, null)
                : new AllocationResult(AllocationStatus.Refused, entry, null, $"already allocated to invoice {entry.AllocatedTo?.Value}");
        }

        if (entry.IsReversal)
        {
            return new AllocationResult(AllocationStatus.Refused, entry, null, "a reversal takes money back and cannot be allocated as a payment; correct the invoice it was recorded on");
        }

        var result = await staff.RecordPaymentAsync(invoiceId, entry.PaymentId, entry.Amount, entry.PaidOn, stamp, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case CommandOutcome.Applied or CommandOutcome.Unchanged:
                var allocated = entry with { Status = UnmatchedPayment.Allocated, AllocatedTo = invoiceId, AllocatedBy = stamp.Actor, AllocatedAt = stamp.At };
                if (await unmatched.MarkAllocatedAsync(allocated, cancellationToken).ConfigureAwait(false))
                {
                    return new AllocationResult(AllocationStatus.Allocated, allocated, result, null);
                }

                // Someone else allocated it meanwhile: report what they did.
                var now = await unmatched.GetAsync(id, cancellationToken).ConfigureAwait(false);
                return now?.AllocatedTo == invoiceId
                    ? new AllocationResult(AllocationStatus.AlreadyAllocated, now, result, null)
                    : new AllocationResult(AllocationStatus.Conflict, now, result, "allocated at the same time by someone else");
            case CommandOutcome.Refused r:
                return new AllocationResult(AllocationStatus.Refused, entry, result, r.Reason);
            case CommandOutcome.NotFound:
                return new AllocationResult(AllocationStatus.Refused, entry, result, "no such invoice");
            default:
                return new AllocationResult(AllocationStatus.Conflict, entry, result, "another change was made to the invoice at the same time");
        }
    }
}
