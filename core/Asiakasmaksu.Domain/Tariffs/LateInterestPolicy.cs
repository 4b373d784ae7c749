namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>How the annual late-interest rate (viivästyskorko) of a tariff year is set.</summary>
public abstract record LateInterestPolicy
{
    private LateInterestPolicy()
    {
    }

    /// <summary>A flat annual rate, e.g. 0.07 for the 7 % the seeds use.</summary>
    /// <param name="AnnualRate">The rate as a fraction (0.07 = 7 %).</param>
    public sealed record Fixed(decimal AnnualRate) : LateInterestPolicy;

    /// <summary>The Interest Act 633/1982 4 § rate: the half-year's reference rate plus points.</summary>
    /// <param name="Points">The points added as a fraction (0.07 = 7 percentage points).</param>
    public sealed record ReferenceRatePlus(decimal Points) : LateInterestPolicy;
}
