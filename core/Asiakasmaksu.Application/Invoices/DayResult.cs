namespace Asiakasmaksu.Application.Invoices;

/// <summary>What one scheduler pass did.</summary>
/// <param name="Day">The day.</param>
/// <param name="Woken">Invoices woken.</param>
/// <param name="Events">Events created.</param>
/// <param name="Notices">Notices queued.</param>
/// <param name="WaitingForTariff">Invoices whose step due that day waits for a year's tariff (<see cref="AdvanceResult.WaitingForTariffYear"/>).</param>
/// <param name="YearsWithoutTariff">The years they wait for, ascending (empty when none waits).</param>
public sealed record DayResult(DateOnly Day, int Woken, int Events, int Notices, int WaitingForTariff = 0, IReadOnlyList<int>? YearsWithoutTariff = null);
