namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>An application to reduce or waive client fees (asiakasmaksun alentaminen, Act 734/1992 11 §), as staff enter it from the documents.</summary>
/// <param name="ApplicationDate">The day the application arrived; the decision holds from the first day of its month.</param>
/// <param name="MonthsApplied">For how many months it is asked (capped at 12).</param>
/// <param name="Household">Single, or with a spouse whose incomes and expenses count too.</param>
/// <param name="Arrangement">Where the applicant permanently lives.</param>
/// <param name="Incomes">Monthly net incomes.</param>
/// <param name="Expenses">Monthly expenses, as given (not accepted ones are shown at 0).</param>
/// <param name="Savings">Savings and quickly realisable assets, own and joint with the spouse.</param>
/// <param name="Fees">The monthly fees in question, in the order the reduction is applied to them.</param>
public sealed record FeeReductionApplication(
    DateOnly ApplicationDate,
    int MonthsApplied,
    Household Household,
    LivingArrangement Arrangement,
    ValueList<IncomeItem> Incomes,
    ValueList<ExpenseItem> Expenses,
    Money Savings,
    ValueList<FeeInQuestion> Fees);
