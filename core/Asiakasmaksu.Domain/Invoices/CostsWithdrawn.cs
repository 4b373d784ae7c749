namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// Collection costs taken back by a payment made before the steps that charged them: the payment
/// covered everything charged up to its payment day, so those steps were sent on a debt already
/// paid (the money reached the account first but was matched later: a wrong reference allocated by
/// staff, a bank file that came late).
/// </summary>
/// <param name="Fees">Unpaid fees taken back.</param>
/// <param name="Interest">Unpaid late interest taken back.</param>
public sealed record CostsWithdrawn(Money Fees, Money Interest)
{
    /// <summary>Fees of those steps that a payment recorded meanwhile had paid: taken back too, the money paying the principal (<see cref="ToPrincipal"/>) or kept as credit.</summary>
    public Money PaidFees { get; init; }

    /// <summary>Late interest of those steps that a payment recorded meanwhile had paid, likewise.</summary>
    public Money PaidInterest { get; init; }

    /// <summary>Of <see cref="PaidFees"/> and <see cref="PaidInterest"/>, what pays the principal; the rest is credit.</summary>
    public Money ToPrincipal { get; init; }
}
