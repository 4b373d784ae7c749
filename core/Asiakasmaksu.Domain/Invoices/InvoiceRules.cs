using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Domain.Invoices;

/// <summary>The configuration the decider applies: tariffs and the policies the issue leaves configurable.</summary>
/// <param name="Tariffs">Tariffs by year.</param>
/// <param name="AllocationOrder">The order a payment covers the balance (default fees → interest → principal).</param>
/// <param name="InstallmentGraceBankDays">
/// Bank days after an installment's due date before it counts as missed, so that a payment made
/// on the due date has reached the bank file (assumption: 2).
/// </param>
/// <param name="MaxPlanMonths">Months from the agreement within which the last installment must fall (assumption: 12).</param>
/// <param name="RectificationPeriodDays">The claim period, 30 days (Act 734/1992 15 §).</param>
/// <param name="PresumedNotificationDays">A letter is presumed received on the 7th day after sending (Administrative Procedure Act 59 §).</param>
public sealed record InvoiceRules(
    TariffBook Tariffs,
    IReadOnlyList<BalanceComponent> AllocationOrder,
    int InstallmentGraceBankDays = 2,
    int MaxPlanMonths = 12,
    int RectificationPeriodDays = 30,
    int PresumedNotificationDays = 7)
{
    /// <summary>The default rules over <paramref name="tariffs"/>: fees, then interest, then principal.</summary>
    public static InvoiceRules Default(TariffBook tariffs) =>
        new(tariffs, [BalanceComponent.Fees, BalanceComponent.Interest, BalanceComponent.Principal]);
}
