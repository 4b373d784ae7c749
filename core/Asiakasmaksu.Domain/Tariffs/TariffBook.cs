namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>
/// The tariffs of every configured year and the reference-rate table. Built by
/// <see cref="TariffBookJson"/>, which refuses a tariff that breaks the law; asking for a year
/// that is not configured throws <see cref="MissingTariffException"/> naming the year.
/// </summary>
public sealed class TariffBook
{
    private const int FirstYear = 1900;
    private readonly Tariff?[] byYear = new Tariff?[201];
    private readonly decimal?[] referenceRates = new decimal?[201 * 2];

    /// <summary>Builds a book from already validated tariffs (use <see cref="TariffBookJson.Parse"/> for configuration).</summary>
    public TariffBook(IEnumerable<Tariff> tariffs, IEnumerable<ReferenceRate> rates)
    {
        foreach (var tariff in tariffs)
        {
            byYear[YearIndex(tariff.Year)] = tariff;
        }

        foreach (var rate in rates)
        {
            referenceRates[(YearIndex(rate.Year) * 2) + rate.Half - 1] = rate.Rate;
        }
    }

    /// <summary>The configured years, ascending.</summary>
    public IEnumerable<int> Years => byYear.Where(t => t is not null).Select(t => t!.Year);

    /// <summary>The tariff of <paramref name="year"/>; throws <see cref="MissingTariffException"/> when none is configured.</summary>
    public Tariff For(int year) =>
        year is >= FirstYear and <= FirstYear + 200 && byYear[year - FirstYear] is { } tariff
            ? tariff
            : throw new MissingTariffException($"No tariff is configured for {year}: add the year to the tariff configuration.");

    /// <summary>True when <paramref name="year"/> has a tariff.</summary>
    public bool Has(int year) => year is >= FirstYear and <= FirstYear + 200 && byYear[year - FirstYear] is not null;

    /// <summary>
    /// The years without a configured tariff from <paramref name="today"/> through
    /// <paramref name="days"/> days later, ascending: this year when it has none, and each later year
    /// whose 1 January falls within the window. Hosts call this daily to warn well before a year
    /// begins without a tariff (its reminders and letters would wait, see
    /// <see cref="Invoices.CollectionSchedule.YearWithoutTariff"/>).
    /// </summary>
    public IReadOnlyList<int> YearsWithoutTariffWithin(DateOnly today, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var last = today.AddDays(days).Year;
        return [.. Enumerable.Range(today.Year, last - today.Year + 1).Where(year => !Has(year))];
    }

    /// <summary>
    /// The first day from <paramref name="from"/> through <paramref name="through"/> whose year has no
    /// tariff, or whose half-year lacks the reference rate its year's late interest is counted from;
    /// null when every day is covered (or the span is empty). What a step or an interest accrual over
    /// those days would need before it can be priced.
    /// </summary>
    public DateOnly? FirstDayWithoutTariff(DateOnly from, DateOnly through)
    {
        for (var day = from; day <= through;)
        {
            if (!Has(day.Year))
            {
                return day;
            }

            if (For(day.Year).LateInterest is LateInterestPolicy.ReferenceRatePlus && ReferenceRateOn(day) is null)
            {
                return day;
            }

            day = day.Month <= 6 ? new DateOnly(day.Year, 7, 1) : new DateOnly(day.Year + 1, 1, 1);
        }

        return null;
    }

    /// <summary>The reference rate of the half-year of <paramref name="day"/>, or null when the table lacks it.</summary>
    public decimal? ReferenceRateOn(DateOnly day) =>
        day.Year is >= FirstYear and <= FirstYear + 200
            ? referenceRates[((day.Year - FirstYear) * 2) + ReferenceRate.HalfOf(day) - 1]
            : null;

    /// <summary>The annual late-interest rate in force on <paramref name="day"/>, by that year's tariff.</summary>
    public decimal AnnualLateInterestRate(DateOnly day) => For(day.Year).LateInterest switch
    {
        LateInterestPolicy.Fixed f => f.AnnualRate,
        LateInterestPolicy.ReferenceRatePlus p => (ReferenceRateOn(day)
            ?? throw new MissingTariffException($"No reference rate is configured for {day.Year} half {ReferenceRate.HalfOf(day)}: add it to the tariff configuration.")) + p.Points,
        _ => throw new InvalidOperationException("Unknown late-interest policy."),
    };

    private static int YearIndex(int year) =>
        year is >= FirstYear and <= FirstYear + 200
            ? year - FirstYear
            : throw new TariffConfigurationException($"Tariff year {year} is outside 1900–2100.");
}
