using System.Text.Json;
using Asiakasmaksu.Application.Time;

namespace Asiakasmaksu.Local.Clock;

/// <summary>
/// The straight line of <c>serve --speed N [--from DATE]</c>, kept in a file next to the local data so
/// that a restarted host goes on along the same line: the orchestrations' timers were set for engine
/// instants on it (docs/orchestrations.md, "serve --speed").
/// </summary>
/// <param name="BusinessStart">Business time at <paramref name="WallStart"/>.</param>
/// <param name="WallStart">The wall-clock instant of the anchor.</param>
/// <param name="Speed">Business seconds per wall-clock second.</param>
internal sealed record ClockAnchor(DateTimeOffset BusinessStart, DateTimeOffset WallStart, double Speed)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>
    /// The anchor in <paramref name="path"/> when it has <paramref name="speed"/> and, if given, starts
    /// at <paramref name="from"/>; else a new one starting now (at <paramref name="from"/>, or at the
    /// current wall-clock time), written to the file.
    /// </summary>
    public static ClockAnchor LoadOrStart(string path, double speed, DateOnly? from, TimeProvider wall)
    {
        ArgumentNullException.ThrowIfNull(wall);
        var fromInstant = from is { } day ? BusinessTime.StartOf(day) : (DateTimeOffset?)null;
        if (File.Exists(path) && JsonSerializer.Deserialize<ClockAnchor>(File.ReadAllText(path)) is { } stored
            && stored.Speed.Equals(speed) && (fromInstant is null || stored.BusinessStart == fromInstant))
        {
            return stored;
        }

        var now = wall.GetUtcNow();
        var anchor = new ClockAnchor(fromInstant ?? now, now, speed);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(anchor, Json));
        return anchor;
    }

    /// <summary>The clock on this line.</summary>
    public ScaledBusinessClock Clock(TimeProvider wall) => new(wall, BusinessStart, WallStart, Speed);
}
