namespace Asiakasmaksu.Application.Time;

/// <summary>Business time is wall-clock time: production, and every host without a demonstration speed.</summary>
/// <param name="wallClock">The wall clock (normally <see cref="TimeProvider.System"/>).</param>
public sealed class SystemBusinessClock(TimeProvider wallClock) : BusinessClock
{
    /// <summary>The longest early fire waited out (a timer fires at most about a second early).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    /// <summary>The clock on <see cref="TimeProvider.System"/>.</summary>
    public static SystemBusinessClock Instance { get; } = new(TimeProvider.System);

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => wallClock.GetUtcNow();

    /// <inheritdoc/>
    public override DateTimeOffset EngineInstantOf(DateTimeOffset businessInstant) => businessInstant;

    /// <inheritdoc/>
    public override Task WaitUntilAsync(DateTimeOffset businessInstant, CancellationToken cancellationToken)
    {
        var left = businessInstant - GetUtcNow();
        return left > TimeSpan.Zero && left <= MaxWait ? Task.Delay(left, wallClock, cancellationToken) : Task.CompletedTask;
    }
}
