namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>Whose income or expense an item is.</summary>
public enum HouseholdMember
{
    /// <summary>The applicant (the client).</summary>
    Applicant,

    /// <summary>The applicant's spouse (only in a <see cref="Household.Couple"/>).</summary>
    Spouse,
}
