namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// A payment plan (maksusuunnitelma) in force. Assumption, written down: while the plan is
/// kept no late interest accrues, because its installments were agreed to sum to the balance.
/// </summary>
/// <param name="Installments">The installments, by ascending due date.</param>
/// <param name="PaidTowardPlan">Paid since the plan was agreed.</param>
/// <param name="AgreedOn">The day it was agreed.</param>
/// <param name="StageBefore">Where collection stood when the plan began; a missed installment resumes from it.</param>
public sealed record PaymentPlan(ValueList<Installment> Installments, Money PaidTowardPlan, DateOnly AgreedOn, Stage StageBefore)
{
    /// <summary>The first installment not yet covered by what was paid, or null when all are.</summary>
    public Installment? NextUnpaid
    {
        get
        {
            var cumulative = Money.Zero;
            foreach (var installment in Installments)
            {
                cumulative += installment.Amount;
                if (cumulative > PaidTowardPlan)
                {
                    return installment;
                }
            }

            return null;
        }
    }

    /// <summary>How much of the installments due on or before <paramref name="day"/> is still unpaid.</summary>
    public Money ShortfallThrough(DateOnly day)
    {
        var scheduled = Money.Zero;
        foreach (var installment in Installments.Where(i => i.DueDate <= day))
        {
            scheduled += installment.Amount;
        }

        return Money.Max(Money.Zero, scheduled - PaidTowardPlan);
    }
}
