namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>Whose incomes and expenses count: the applicant alone, or with a spouse (seed 001: the spouse's are counted too).</summary>
public enum Household
{
    /// <summary>The applicant alone; the savings limit is the single one (4 000 € by default).</summary>
    Single,

    /// <summary>The applicant and a spouse; the savings limit is the couple's (8 000 € by default).</summary>
    Couple,
}
