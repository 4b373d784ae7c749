namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>A monthly expense.</summary>
/// <param name="Kind">Which expense it is (or <see cref="ExpenseKind.NotAccepted"/>).</param>
/// <param name="Member">Whose it is.</param>
/// <param name="Monthly">Euros a month, not negative.</param>
/// <param name="Description">What it is, for a <see cref="ExpenseKind.NotAccepted"/> line; optional otherwise.</param>
public sealed record ExpenseItem(ExpenseKind Kind, HouseholdMember Member, Money Monthly, string? Description = null);
