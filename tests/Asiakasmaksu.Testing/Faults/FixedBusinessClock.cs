using Asiakasmaksu.Application.Time;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>Business time standing at one instant, the engine's the same: a workflow step run at that instant.</summary>
public sealed class FixedBusinessClock(DateTimeOffset at) : BusinessClock
{
    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => at;

    /// <inheritdoc/>
    public override DateTimeOffset EngineInstantOf(DateTimeOffset businessInstant) => businessInstant;

    /// <inheritdoc/>
    public override Task WaitUntilAsync(DateTimeOffset businessInstant, CancellationToken cancellationToken) => Task.CompletedTask;
}
