using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Payments;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Payments;

/// <summary>
/// Applies bank payments (docs/payments.md): the whole file is read first, so a corrupt file
/// applies nothing; reversals are paired with payments of the same file; then each payment's
/// reference (national or RF) finds its invoice and the payment is recorded there by the system
/// (<see cref="StaffActions.RecordPaymentAsync"/>, audited) under "bank:" + the bank's id, so a
/// file read twice records nothing twice. Whatever no invoice takes goes to the unmatched list.
/// </summary>
public sealed class PaymentImport(IInvoiceStore store, StaffActions staff, IUnmatchedPaymentStore unmatched, TimeProvider clock)
{
    private const int Attempts = 3;

    /// <summary>Reads and applies <paramref name="content"/>.</summary>
    public async Task<PaymentImportOutcome> RunAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var parsed = PaymentFile.Parse(content);
        if (parsed is not PaymentFileResult.Read file)
        {
            return new PaymentImportOutcome(fileName, null, (PaymentFileResult.Refused)parsed, null);
        }

        var (remaining, cancelled) = ReversalPairing.Pair(file.Payments);
        var results = new List<PaymentResult>(file.Payments.Count);
        foreach (var (payment, reversal) in cancelled)
        {
            if (await RecordedAsync(payment, cancellationToken).ConfigureAwait(false))
            {
                // The file came again (a new version of the day's statement) and the payment was recorded
                // from its first delivery: its reversal cannot cancel it unseen. The payment is reported
                // already recorded, and the reversal goes to staff like any reversal of an applied payment.
                results.Add(await ApplyAsync(fileName, payment, cancellationToken).ConfigureAwait(false));
                results.Add(await ApplyAsync(fileName, reversal, cancellationToken).ConfigureAwait(false));
                continue;
            }

            results.Add(new PaymentResult(payment, PaymentOutcomeKind.Cancelled, null, Money.Zero, $"cancelled by the reversal {reversal.BankId} in the same file"));
            results.Add(new PaymentResult(reversal, PaymentOutcomeKind.Cancelled, null, Money.Zero, $"cancels the payment {payment.BankId} in the same file"));
        }

        foreach (var payment in remaining)
        {
            results.Add(await ApplyAsync(fileName, payment, cancellationToken).ConfigureAwait(false));
        }

        var order = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < file.Payments.Count; i++)
        {
            order[file.Payments[i]] = i;
        }

        return new PaymentImportOutcome(fileName, PaymentImportReport.From(fileName, file, [.. results.OrderBy(r => order[r.Payment])]), null, null);
    }

    /// <summary>Applies one payment (or lists it as unmatched); the simulator calls this on each payment's booking date.</summary>
    public async Task<PaymentResult> ApplyAsync(string fileName, BankPayment payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (await unmatched.GetAsync(UnmatchedPayment.IdFor(payment.PaymentId), cancellationToken).ConfigureAwait(false) is not null)
        {
            return new PaymentResult(payment, PaymentOutcomeKind.AlreadyUnmatched, null, Money.Zero, "already on the unmatched list");
        }

        if (payment.IsReversal)
        {
            return await UnmatchAsync(fileName, payment, "a reversal of an earlier payment: check the invoice it was recorded on", cancellationToken).ConfigureAwait(false);
        }

        var (national, problem) = PaymentReference.ToNational(payment.Reference);
        if (national is null)
        {
            return await UnmatchAsync(fileName, payment, problem!, cancellationToken).ConfigureAwait(false);
        }

        if (await store.FindByReferenceAsync(national, cancellationToken).ConfigureAwait(false) is not { } invoice)
        {
            return await UnmatchAsync(fileName, payment, "no invoice has this reference", cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stamp = Stamp.BySystem(clock.GetUtcNow(), $"bank payment file {fileName}");
            var result = await staff.RecordPaymentAsync(invoice, payment.PaymentId, payment.Amount, payment.PaidOn, stamp, cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case CommandOutcome.Applied a:
                    var credit = a.Events.OfType<InvoiceEvent.PaymentReceived>().Select(e => e.Allocation.ToCredit).FirstOrDefault();
                    return new PaymentResult(payment, PaymentOutcomeKind.Applied, invoice, credit, null);
                case CommandOutcome.Unchanged:
                    return new PaymentResult(payment, PaymentOutcomeKind.AlreadyApplied, invoice, Money.Zero, "already recorded on the invoice");
                case CommandOutcome.Refused r:
                    return await UnmatchAsync(fileName, payment, $"the invoice refused it: {r.Reason}", cancellationToken).ConfigureAwait(false);
                case CommandOutcome.NotFound:
                    return await UnmatchAsync(fileName, payment, "no invoice has this reference", cancellationToken).ConfigureAwait(false);
                default:
                    continue; // a conflict: the payment id keeps the retry safe
            }
        }

        return await UnmatchAsync(fileName, payment, "the invoice kept changing while the payment was recorded; allocate it by hand", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when <paramref name="payment"/> was recorded already: on the unmatched list, or on the invoice its reference names.</summary>
    private async Task<bool> RecordedAsync(BankPayment payment, CancellationToken cancellationToken)
    {
        if (await unmatched.GetAsync(UnmatchedPayment.IdFor(payment.PaymentId), cancellationToken).ConfigureAwait(false) is not null)
        {
            return true;
        }

        return PaymentReference.ToNational(payment.Reference).National is { } national
            && await store.FindByReferenceAsync(national, cancellationToken).ConfigureAwait(false) is { } invoice
            && await store.LoadAsync(invoice, cancellationToken).ConfigureAwait(false) is { } stored
            && stored.State.Memory.PaymentIds.Contains(payment.PaymentId);
    }

    private async Task<PaymentResult> UnmatchAsync(string fileName, BankPayment payment, string reason, CancellationToken cancellationToken)
    {
        var entry = new UnmatchedPayment(
            UnmatchedPayment.IdFor(payment.PaymentId),
            payment.PaymentId,
            fileName,
            payment.Amount,
            payment.IsReversal,
            payment.BookingDate,
            payment.PaidOn,
            payment.Reference,
            reason,
            clock.GetUtcNow(),
            UnmatchedPayment.Open,
            null,
            null,
            null);
        var added = await unmatched.AddAsync(entry, cancellationToken).ConfigureAwait(false);
        return new PaymentResult(payment, added ? PaymentOutcomeKind.Unmatched : PaymentOutcomeKind.AlreadyUnmatched, null, Money.Zero, reason);
    }
}
