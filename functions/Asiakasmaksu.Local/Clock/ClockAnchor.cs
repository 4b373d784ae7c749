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
    /// <summary>Where <c>serve --speed</c> keeps its line, next to the local data (relative to the working folder).</summary>
    public const string DefaultPath = "local-data/business-clock.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>
    /// The business clock of the local data: the line <c>serve --speed</c> keeps in <see cref="DefaultPath"/>
    /// when there is one (so that <c>import</c> and <c>payments</c> stamp what they do in the same
    /// business time as the host that runs the orchestrations), else null (wall-clock time).
    /// </summary>
    public static ScaledBusinessClock? CurrentClock(TimeProvider wall) =>
        File.Exists(DefaultPath) && JsonSerializer.Deserialize<ClockAnchor>(File.ReadAllText(DefaultPath)) is { } stored ? stored.Clock(wall) : null;

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
