namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>The fee-reduction request body, for the OpenAPI document only (the handler reads and checks the JSON itself, see <see cref="FeeReductionRequests"/>).</summary>
public static class FeeReductionRequestBodies
{
    /// <summary>A monthly net income: kind wages, pension, benefit, capital_income, interest_income, child_benefit_or_pension, child_maintenance, informal_care_allowance; member applicant or spouse.</summary>
    public sealed record Income(string Kind, string Member, string Monthly);

    /// <summary>A monthly expense: kind rent, electricity, water, mortgage_interest, …, not_accepted (with a description); member applicant or spouse.</summary>
    public sealed record Expense(string Kind, string Member, string Monthly, string? Description);

    /// <summary>A monthly fee in question: the billing file's service code; kind social_care, income_based_health_care, flat_health_care, service_voucher_co_payment.</summary>
    public sealed record Fee(string ServiceCode, string Kind, string Monthly);

    /// <summary>An application to reduce or waive fees; household single or couple; livingArrangement home, service_housing or institution.</summary>
    public sealed record Application(
        string ApplicationDate,
        int MonthsApplied,
        string Household,
        string LivingArrangement,
        IReadOnlyList<Income>? Incomes,
        IReadOnlyList<Expense>? Expenses,
        string Savings,
        IReadOnlyList<Fee> Fees,
        string Reason);
}
