namespace Asiakasmaksu.Application.Time;

/// <summary>
/// Business dates are Europe/Helsinki dates. This is the one place an instant becomes a
/// business day; the clock itself is a <see cref="TimeProvider"/> passed in by the host.
/// </summary>
public static class BusinessTime
{
    /// <summary>The Europe/Helsinki time zone.</summary>
    public static TimeZoneInfo Helsinki { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>The Helsinki date of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Helsinki).DateTime);

    /// <summary>Today in Helsinki by <paramref name="clock"/>.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The instant a Helsinki day starts (00:00 local time).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Helsinki.GetUtcOffset(local));
    }
}
