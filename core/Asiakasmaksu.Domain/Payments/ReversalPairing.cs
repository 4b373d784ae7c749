namespace Asiakasmaksu.Domain.Payments;

/// <summary>
/// Settles reversals inside one file before anything is applied. A reversal (KTL correction,
/// camt returned credit) cancels the latest earlier payment of the same file with the same
/// reference and amount: neither is applied. A reversal without a reference pairs with nothing (two
/// unrelated entries of the same amount without references must not cancel each other). Any other reversal is left for staff (the domain
/// has no "unpay" command: a reversal of money already applied on an earlier day is a staff
/// decision, e.g. a rectification or a new invoice), so it goes to the unmatched list.
/// </summary>
public static class ReversalPairing
{
    /// <summary>The payments and reversals still to handle (file order), and the pairs that cancelled each other.</summary>
    public static (IReadOnlyList<BankPayment> Remaining, IReadOnlyList<(BankPayment Payment, BankPayment Reversal)> Cancelled) Pair(IReadOnlyList<BankPayment> payments)
    {
        ArgumentNullException.ThrowIfNull(payments);
        var remaining = new List<BankPayment?>(payments);
        var cancelled = new List<(BankPayment, BankPayment)>();
        for (var i = 0; i < remaining.Count; i++)
        {
            if (remaining[i] is not { IsReversal: true } reversal)
            {
                continue;
            }

            var key = PaymentReference.ToNational(reversal.Reference).National ?? reversal.Reference;
            if (string.IsNullOrWhiteSpace(key))
            {
                continue;
            }

            for (var j = i - 1; j >= 0; j--)
            {
                if (remaining[j] is { IsReversal: false } payment && payment.Amount == reversal.Amount
                    && (PaymentReference.ToNational(payment.Reference).National ?? payment.Reference) == key)
                {
                    cancelled.Add((payment, reversal));
                    remaining[i] = null;
                    remaining[j] = null;
                    break;
                }
            }
        }

        return ([.. remaining.OfType<BankPayment>()], cancelled);
    }
}
