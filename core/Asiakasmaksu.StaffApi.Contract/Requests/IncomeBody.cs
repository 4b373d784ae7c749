namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A monthly net income of a fee-reduction application.</summary>
/// <param name="Kind">wages, pension, benefit, capital_income, interest_income, child_benefit_or_pension, child_maintenance, informal_care_allowance.</param>
/// <param name="Member">applicant or spouse.</param>
/// <param name="Monthly">Euros a month, 0 or more.</param>
public sealed record IncomeBody(string Kind, string Member, decimal Monthly);
