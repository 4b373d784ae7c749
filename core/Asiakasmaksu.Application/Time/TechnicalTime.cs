namespace Asiakasmaksu.Application.Time;

/// <summary>Technical durations on a clock that may be business time running faster than the wall clock.</summary>
public static class TechnicalTime
{
    /// <summary>
    /// The span of <paramref name="clock"/>'s time in which <paramref name="wallSpan"/> of real time
    /// passes: a lease of ten minutes lasts ten real minutes on a <see cref="BusinessClock"/> that runs
    /// faster (<see cref="BusinessClock.BusinessSpanOf"/>), and is just ten minutes on any other clock.
    /// </summary>
    public static TimeSpan Lasting(this TimeProvider clock, TimeSpan wallSpan) =>
        clock is BusinessClock business ? business.BusinessSpanOf(wallSpan) : wallSpan;
}
