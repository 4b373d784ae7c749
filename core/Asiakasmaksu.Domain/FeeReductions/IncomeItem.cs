namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>A monthly net income.</summary>
/// <param name="Kind">Which accepted income it is.</param>
/// <param name="Member">Whose it is.</param>
/// <param name="Monthly">Net euros a month, not negative.</param>
public sealed record IncomeItem(IncomeKind Kind, HouseholdMember Member, Money Monthly);
