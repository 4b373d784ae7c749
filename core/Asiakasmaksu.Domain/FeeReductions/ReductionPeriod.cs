namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>The months a reduction or waiver holds: from the first day of the application month, at most 12 months.</summary>
/// <param name="From">The first day of the application month.</param>
/// <param name="Through">The last day it holds (inclusive).</param>
public sealed record ReductionPeriod(DateOnly From, DateOnly Through)
{
    /// <summary>The most months one decision may cover (seed 001; 734/1992 11 §).</summary>
    public const int MaxMonths = 12;

    /// <summary>The period starting in the month of <paramref name="applicationDate"/> for <paramref name="months"/> months, capped at 12.</summary>
    public static ReductionPeriod For(DateOnly applicationDate, int months)
    {
        var from = new DateOnly(applicationDate.Year, applicationDate.Month, 1);
        return new ReductionPeriod(from, from.AddMonths(Math.Clamp(months, 1, MaxMonths)).AddDays(-1));
    }
}
