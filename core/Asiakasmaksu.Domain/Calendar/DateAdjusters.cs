namespace Asiakasmaksu.Domain.Calendar;

/// <summary>Small named date moves, in NodaTime's spirit: the edge case is in the name.</summary>
public static class DateAdjusters
{
    /// <summary><paramref name="date"/> when it falls on <paramref name="day"/>, else the next such weekday.</summary>
    public static DateOnly NextOrSame(this DateOnly date, DayOfWeek day) =>
        date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);

    /// <summary>The later of two dates.</summary>
    public static DateOnly Latest(DateOnly a, DateOnly b) => a >= b ? a : b;
}
