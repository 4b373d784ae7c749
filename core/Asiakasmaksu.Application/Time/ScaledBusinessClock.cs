namespace Asiakasmaksu.Application.Time;

/// <summary>
/// Business time that runs <see cref="Speed"/> times faster than the wall clock from an anchor:
/// business = <see cref="BusinessStart"/> + (wall − <see cref="WallStart"/>) × speed. It is a
/// straight line, so the engine instant of any business instant is known in advance and an
/// orchestration timer set for it fires when business time gets there (<c>serve --speed N</c>).
/// </summary>
public sealed class ScaledBusinessClock : BusinessClock
{
    /// <summary>The longest wait for an early fire, in wall-clock time.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    private readonly TimeProvider wallClock;

    /// <summary>A clock at <paramref name="businessStart"/> at wall instant <paramref name="wallStart"/>, running <paramref name="speed"/> times faster.</summary>
    public ScaledBusinessClock(TimeProvider wallClock, DateTimeOffset businessStart, DateTimeOffset wallStart, double speed)
    {
        ArgumentNullException.ThrowIfNull(wallClock);
        if (!double.IsFinite(speed) || speed < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "The speed is at least 1 (business seconds per wall-clock second).");
        }

        this.wallClock = wallClock;
        BusinessStart = businessStart;
        WallStart = wallStart;
        Speed = speed;
    }

    /// <summary>Business time at <see cref="WallStart"/>.</summary>
    public DateTimeOffset BusinessStart { get; }

    /// <summary>The wall-clock instant of the anchor.</summary>
    public DateTimeOffset WallStart { get; }

    /// <summary>Business seconds per wall-clock second.</summary>
    public double Speed { get; }

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => BusinessAt(wallClock.GetUtcNow());

    /// <summary>Business time at wall instant <paramref name="wall"/> on the straight line.</summary>
    public DateTimeOffset BusinessAt(DateTimeOffset wall) => BusinessStart + (wall - WallStart) * Speed;

    /// <inheritdoc/>
    public override DateTimeOffset EngineInstantOf(DateTimeOffset businessInstant) => WallStart + (businessInstant - BusinessStart) / Speed;

    /// <inheritdoc/>
    public override TimeSpan BusinessSpanOf(TimeSpan wallSpan) => wallSpan * Speed;

    /// <inheritdoc/>
    public override Task WaitUntilAsync(DateTimeOffset businessInstant, CancellationToken cancellationToken)
    {
        var left = EngineInstantOf(businessInstant) - wallClock.GetUtcNow();
        return left > TimeSpan.Zero && left <= MaxWait ? Task.Delay(left + TimeSpan.FromMilliseconds(1), wallClock, cancellationToken) : Task.CompletedTask;
    }
}
