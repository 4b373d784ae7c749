namespace Asiakasmaksu.Local.Serving;

/// <summary>How often the local outbox sweeper looks.</summary>
/// <param name="Interval">Between passes (wall-clock time): a minute by default, shorter when business time runs faster.</param>
/// <param name="GovernedInterval">Between passes under the demonstration clock, which waits for the outbox.</param>
internal sealed record OutboxSweeperOptions(TimeSpan Interval, TimeSpan GovernedInterval)
{
    /// <summary>The default: once a minute of business time, but at least a second apart in wall-clock time.</summary>
    public static OutboxSweeperOptions ForSpeed(double speed) =>
        new(TimeSpan.FromSeconds(Math.Max(1, 60 / Math.Max(1, speed))), TimeSpan.FromMilliseconds(100));
}
