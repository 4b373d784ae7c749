namespace Asiakasmaksu.Domain.Calendar;

/// <summary>A weekday on which Finnish banks are closed, with its name for people.</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">Its English name, e.g. "Midsummer Eve".</param>
public sealed record BankHoliday(DateOnly Date, string Name);
