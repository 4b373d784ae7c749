namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>The Interest Act reference rate (viitekorko) for one half-year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Half">1 for January–June, 2 for July–December.</param>
/// <param name="Rate">The rate as a fraction (0.0215 = 2.15 %).</param>
public sealed record ReferenceRate(int Year, int Half, decimal Rate)
{
    /// <summary>The half-year (1 or 2) <paramref name="date"/> falls in.</summary>
    public static int HalfOf(DateOnly date) => date.Month <= 6 ? 1 : 2;
}
