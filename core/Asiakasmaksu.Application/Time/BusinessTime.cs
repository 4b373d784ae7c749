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
    public static DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue);

    /// <summary>
    /// The time of day at which a day's automatic steps (overdue, reminder, collection letters,
    /// enforcement, missed instalments) are taken: 18:00 Helsinki time. Assumption, written down:
    /// by then the day's bank payment files (they arrive in the morning) and the staff's changes
    /// of the working day are in, so no client is reminded of an invoice paid that day. The
    /// simulator takes its steps at the same time.
    /// </summary>
    public static TimeOnly StepsTime { get; } = new(18, 0);

    /// <summary>The instant the automatic steps of <paramref name="day"/> are taken (18:00 Helsinki time).</summary>
    public static DateTimeOffset StepsStartOf(DateOnly day) => At(day, StepsTime);

    /// <summary>
    /// The last day whose automatic steps are due by <paramref name="instant"/>: its Helsinki date
    /// from 18:00 on, the day before until then. An invoice advanced at 09:00 (after a staff change)
    /// takes yesterday's steps at most; today's wait until 18:00.
    /// </summary>
    public static DateOnly StepDayOf(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Helsinki).DateTime;
        var day = DateOnly.FromDateTime(local);
        return TimeOnly.FromDateTime(local) >= StepsTime ? day : day.AddDays(-1);
    }

    /// <summary>The instant of <paramref name="time"/> on the Helsinki day <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Helsinki.GetUtcOffset(local));
    }
}
