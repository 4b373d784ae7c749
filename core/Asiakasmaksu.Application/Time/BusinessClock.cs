namespace Asiakasmaksu.Application.Time;

/// <summary>
/// Business time: what the use cases and the Durable activities read (as a <see cref="TimeProvider"/>),
/// and, for an orchestration's timer, the engine instant at which a business instant comes. In
/// production the two are the same time (<see cref="SystemBusinessClock"/>); a demonstration runs
/// business time faster (<see cref="ScaledBusinessClock"/>). Orchestrators never read it: they
/// only sleep until the engine instant an activity gave them.
/// </summary>
public abstract class BusinessClock : TimeProvider
{
    /// <summary>The engine (wall-clock) instant at which business time reaches <paramref name="businessInstant"/>.</summary>
    public abstract DateTimeOffset EngineInstantOf(DateTimeOffset businessInstant);

    /// <summary>
    /// How much business time passes in <paramref name="wallSpan"/> of wall-clock time: the span a
    /// technical lease or pause (an outbox claim, a retry pause, a stale idempotency claim) is measured
    /// in, so that it lasts as long in real time whatever the business speed.
    /// </summary>
    public virtual TimeSpan BusinessSpanOf(TimeSpan wallSpan) => wallSpan;

    /// <summary>
    /// Waits until business time has reached <paramref name="businessInstant"/>, when that is near:
    /// an orchestration timer may fire a little early (the Azure Storage provider makes a timer
    /// visible in whole seconds). Returns at once when the instant has passed, and without waiting
    /// when it is further away than the clock is willing to wait (the caller then finds nothing
    /// due yet and sleeps again).
    /// </summary>
    public abstract Task WaitUntilAsync(DateTimeOffset businessInstant, CancellationToken cancellationToken);
}
