using System.Globalization;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Application.Maintenance;

/// <summary>
/// What the tariff configuration lacks within the next <see cref="Housekeeping.TariffWarningDays"/>
/// days: a year without a tariff, or a half-year without the reference rate its year's late
/// interest is counted from. Steps and interest over such days wait until it is configured
/// (docs/tariffs.md), so staff are warned well before.
/// </summary>
/// <param name="Today">The Helsinki business date the outlook starts from.</param>
/// <param name="YearsWithoutTariff">The years without a tariff that begin within the window (this year when it has none), ascending.</param>
/// <param name="FirstUncoveredDay">The first day of the window that cannot be priced, or null when every day can.</param>
public sealed record TariffOutlook(DateOnly Today, IReadOnlyList<int> YearsWithoutTariff, DateOnly? FirstUncoveredDay)
{
    /// <summary>True when some day of the window cannot be priced.</summary>
    public bool NeedsAttention => FirstUncoveredDay is not null;

    /// <summary>The outlook of <paramref name="tariffs"/> from <paramref name="today"/> for <paramref name="days"/> days.</summary>
    public static TariffOutlook Of(TariffBook tariffs, DateOnly today, int days)
    {
        ArgumentNullException.ThrowIfNull(tariffs);
        return new(today, tariffs.YearsWithoutTariffWithin(today, days), tariffs.FirstDayWithoutTariff(today, today.AddDays(days)));
    }

    /// <summary>
    /// One line for a person (log, CLI, staff app), or null when nothing is missing: what is missing,
    /// from which day, in how many days, and what waits until it is added. Holds no personal data.
    /// </summary>
    public string? Warning()
    {
        if (FirstUncoveredDay is not { } day)
        {
            return null;
        }

        var (what, waits) = YearsWithoutTariff.Contains(day.Year)
            ? ($"No tariff is configured for {day.Year}", "reminders, collection letters, transfers to enforcement and late interest on those days wait")
            : ($"No reference rate is configured for {day.Year} half {(day.Month <= 6 ? 1 : 2)}", "late interest over those days, and payments and plans that need it, wait");
        var when = day <= Today ? "already missing" : $"in {day.DayNumber - Today.DayNumber} days";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{what} (from {day:yyyy-MM-dd}, {when}): {waits} until it is added to the tariff configuration (docs/tariffs.md).");
    }
}
