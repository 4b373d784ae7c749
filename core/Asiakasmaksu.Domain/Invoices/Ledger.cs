namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// What an invoice owes. Late interest accrues exactly (unrounded) up to and including
/// <see cref="InterestThrough"/>, piece by piece as the principal changes; it is charged
/// (rounded to cents, the named rounding point) only when a notice shows it or a payment plan
/// fixes the balance. Assumption, written down: once everything charged is paid the invoice
/// is settled, and interest accrued since the last notice is not billed, so that nobody gets a
/// reminder over a few cents of interest on a fee paid a few days late.
/// </summary>
/// <param name="Principal">Unpaid principal.</param>
/// <param name="Fees">Unpaid collection fees.</param>
/// <param name="FeesPaid">Collection fees paid so far.</param>
/// <param name="InterestAccrued">Late interest accrued so far, exact.</param>
/// <param name="InterestThrough">Accrual has covered every day up to and including this one.</param>
/// <param name="InterestRunning">False while interest is frozen (payment plan, awaiting a new due date).</param>
/// <param name="InterestCharged">Late interest charged so far (on notices and plans).</param>
/// <param name="InterestPaid">Late interest paid so far.</param>
/// <param name="Credit">Money received beyond what was owed, kept for the client (credit balance).</param>
public sealed record Ledger(
    Money Principal,
    Money Fees,
    Money FeesPaid,
    decimal InterestAccrued,
    DateOnly InterestThrough,
    bool InterestRunning,
    Money InterestCharged,
    Money InterestPaid,
    Money Credit)
{
    /// <summary>Late interest owed now (charged and not paid).</summary>
    public Money Interest => InterestCharged - InterestPaid;

    /// <summary>Everything owed now.</summary>
    public Money Total => Principal + Fees + Interest;

    /// <summary>True when nothing is owed.</summary>
    public bool IsSettled => Total.IsZero;

    /// <summary>A new invoice's ledger: the principal, no interest before the day after <paramref name="dueDate"/>.</summary>
    public static Ledger ForNewInvoice(Money principal, DateOnly dueDate) =>
        new(principal, Money.Zero, Money.Zero, 0m, dueDate, true, Money.Zero, Money.Zero, Money.Zero);

    /// <summary>Accrual brought to <paramref name="day"/> (when interest runs) with <paramref name="accrued"/> as computed by the decider.</summary>
    public Ledger AccruedTo(decimal accrued, DateOnly day) =>
        InterestRunning && day > InterestThrough ? this with { InterestAccrued = accrued, InterestThrough = day } : this;

    /// <summary>Accrual brought to <paramref name="day"/>, and everything accrued charged (a notice shows it).</summary>
    public Ledger ChargedTo(decimal accrued, DateOnly day)
    {
        var accruedLedger = AccruedTo(accrued, day);
        return accruedLedger with { InterestCharged = Money.RoundToCents(accruedLedger.InterestAccrued) };
    }

    /// <summary>Nothing owed any more (written off, waived): the amounts are given up, money paid stays paid.</summary>
    public Ledger Cleared() => this with
    {
        Principal = Money.Zero,
        Fees = Money.Zero,
        InterestCharged = InterestPaid,
        InterestRunning = false,
    };

    /// <summary>Everything given back: nothing owed, and <paramref name="refund"/> (what was paid) becomes credit.</summary>
    public Ledger Refunded(Money refund) => new(
        Money.Zero, Money.Zero, Money.Zero, 0m, InterestThrough, false, Money.Zero, Money.Zero, Credit + refund);

    /// <summary>
    /// Collection costs taken back: fees and interest go to zero, and of what the client paid of them
    /// <paramref name="toPrincipal"/> pays the principal and the rest becomes credit.
    /// </summary>
    public Ledger WithoutCollectionCosts(Money toPrincipal) => this with
    {
        Principal = Principal - toPrincipal,
        Fees = Money.Zero,
        FeesPaid = Money.Zero,
        InterestAccrued = 0m,
        InterestCharged = Money.Zero,
        InterestPaid = Money.Zero,
        Credit = Credit + FeesPaid + InterestPaid - toPrincipal,
    };

    /// <summary>What the client paid of the collection costs, all of which pays the principal when the costs are taken back (at most the principal).</summary>
    public Money CostsPaidToPrincipal => Money.Min(FeesPaid + InterestPaid, Principal);

    /// <summary>
    /// Costs taken back (<see cref="CostsWithdrawn"/>): no longer owed nor counted as charged, and what
    /// had been paid of them pays the principal (<see cref="CostsWithdrawn.ToPrincipal"/>) or becomes credit.
    /// </summary>
    public Ledger WithoutCosts(CostsWithdrawn withdrawn)
    {
        ArgumentNullException.ThrowIfNull(withdrawn);
        return this with
        {
            Principal = Principal - withdrawn.ToPrincipal,
            Fees = Fees - withdrawn.Fees,
            FeesPaid = FeesPaid - withdrawn.PaidFees,
            InterestCharged = InterestCharged - withdrawn.Interest - withdrawn.PaidInterest,
            InterestPaid = InterestPaid - withdrawn.PaidInterest,
            Credit = Credit + withdrawn.PaidFees + withdrawn.PaidInterest - withdrawn.ToPrincipal,
        };
    }
}
