namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>
/// Late interest (viivästyskorko): simple interest, actual/365, on the unpaid principal, for
/// each day after the day accrual last reached. The result is exact (unrounded); callers round
/// to cents at the named point where an amount is shown or charged.
/// </summary>
public static class LateInterest
{
    /// <summary>Days in the interest year of the actual/365 convention.</summary>
    public const decimal DaysInYear = 365m;

    /// <summary>
    /// Interest on <paramref name="principal"/> for the days after <paramref name="afterDay"/> up to and including
    /// <paramref name="throughDay"/>; zero when <paramref name="throughDay"/> is not after <paramref name="afterDay"/>.
    /// The rate may change at each half-year; each stretch uses its own rate.
    /// </summary>
    public static decimal Accrue(Money principal, DateOnly afterDay, DateOnly throughDay, TariffBook tariffs)
    {
        if (throughDay <= afterDay || !principal.IsPositive)
        {
            return 0m;
        }

        var total = 0m;
        var start = afterDay.AddDays(1);
        while (start <= throughDay)
        {
            var halfEnd = start.Month <= 6 ? new DateOnly(start.Year, 6, 30) : new DateOnly(start.Year, 12, 31);
            var end = halfEnd < throughDay ? halfEnd : throughDay;
            var days = end.DayNumber - start.DayNumber + 1;
            total += principal.Euros * tariffs.AnnualLateInterestRate(start) * days / DaysInYear;
            start = end.AddDays(1);
        }

        return total;
    }
}
