namespace Asiakasmaksu.Domain.Payments;

/// <summary>
/// One payment (or reversal of one) read from a bank file. Carries no payer name: names are
/// personal data and nothing downstream needs them.
/// </summary>
/// <param name="BankId">
/// The bank's own id of the payment: the archive id (arkistointitunnus) of a KTL record 3; in
/// camt.054 the transaction's AcctSvcrRef, else the entry's AcctSvcrRef (with "/n" for the n-th
/// transaction of a batched entry), else the entry's NtryRef, else the EndToEndId.
/// </param>
/// <param name="Amount">The amount, always above zero; <paramref name="IsReversal"/> says which way.</param>
/// <param name="BookingDate">The day the bank booked it (KTL entry date, camt BookgDt).</param>
/// <param name="ValueDate">The payer's payment or value date (KTL payment date, camt ValDt), when given.</param>
/// <param name="Reference">The creditor reference as written in the file (national or RF), or null when there is none.</param>
/// <param name="IsReversal">True for a correction (KTL oikaisu) or a returned credit (camt DBIT with RvslInd): money taken back.</param>
/// <param name="Location">Where in the file: "record 4" or an XML element path, for reports.</param>
public sealed record BankPayment(
    string BankId,
    Money Amount,
    DateOnly BookingDate,
    DateOnly? ValueDate,
    string? Reference,
    bool IsReversal,
    string Location)
{
    /// <summary>
    /// The day the payment counts as paid for interest: the value date when it is on or before
    /// the booking date, else the booking date (a value date in the future of the booking would
    /// otherwise be "after today" on the day the file is read).
    /// </summary>
    public DateOnly PaidOn => ValueDate is { } value && value < BookingDate ? value : BookingDate;

    /// <summary>The id under which the payment is recorded on an invoice: "bank:" + <see cref="BankId"/>, the same for both formats.</summary>
    public string PaymentId => "bank:" + BankId;

    /// <summary>The signed amount: negative for a reversal.</summary>
    public Money SignedAmount => IsReversal ? -Amount : Amount;
}
