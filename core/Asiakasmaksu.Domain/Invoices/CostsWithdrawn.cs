namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// Collection costs taken back by a payment made before the steps that charged them: the payment
/// covered everything charged up to its payment day, so those steps were sent on a debt already
/// paid (the money reached the account first but was matched later: a wrong reference allocated by
/// staff, a bank file that came late).
/// </summary>
/// <param name="Fees">Unpaid fees taken back.</param>
/// <param name="Interest">Unpaid late interest taken back.</param>
public sealed record CostsWithdrawn(Money Fees, Money Interest);
