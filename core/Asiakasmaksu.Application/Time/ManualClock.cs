namespace Asiakasmaksu.Application.Time;

/// <summary>A clock that stands still until moved: the simulator's virtual time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>Moves the clock to <paramref name="instant"/>.</summary>
    public void Set(DateTimeOffset instant) => now = instant;

    /// <summary>Moves the clock to the given time of a Helsinki day.</summary>
    public void SetDay(DateOnly day, TimeOnly time) => now = BusinessTime.StartOf(day).Add(time.ToTimeSpan());
}
