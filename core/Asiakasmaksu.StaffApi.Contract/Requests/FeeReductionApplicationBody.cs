namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>An application to reduce or waive client fees (Act 734/1992 11 §).</summary>
/// <param name="ApplicationDate">The day it arrived; the period starts on the 1st of its month.</param>
/// <param name="MonthsApplied">1–12.</param>
/// <param name="Household">single or couple.</param>
/// <param name="LivingArrangement">home, service_housing or institution.</param>
/// <param name="Incomes">Monthly net incomes (none when empty).</param>
/// <param name="Expenses">Monthly expenses (none when empty).</param>
/// <param name="Savings">Savings in euros.</param>
/// <param name="Fees">The fees in question.</param>
/// <param name="Reason">The decider's note for the audit.</param>
public sealed record FeeReductionApplicationBody(
    DateOnly ApplicationDate,
    int MonthsApplied,
    string Household,
    string LivingArrangement,
    IReadOnlyList<IncomeBody>? Incomes,
    IReadOnlyList<ExpenseBody>? Expenses,
    decimal Savings,
    IReadOnlyList<FeeBody> Fees,
    string Reason);
