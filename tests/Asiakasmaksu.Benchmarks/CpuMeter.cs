using System.Diagnostics;

namespace Asiakasmaksu.Benchmarks;

/// <summary>
/// CPU time used by this process and by Azurite between laps. On a shared machine wall time
/// depends on what else runs; CPU seconds per entity (of both processes) is the steadier measure.
/// </summary>
internal sealed class CpuMeter(int azuriteProcessId)
{
    private TimeSpan own = Own();
    private TimeSpan azurite = Azurite(azuriteProcessId);

    /// <summary>The CPU time since the last lap (or since construction).</summary>
    public (TimeSpan Own, TimeSpan Azurite, double Total) Lap()
    {
        var (nowOwn, nowAzurite) = (Own(), Azurite(azuriteProcessId));
        var lap = (nowOwn - own, nowAzurite - azurite);
        (own, azurite) = (nowOwn, nowAzurite);
        return (lap.Item1, lap.Item2, (lap.Item1 + lap.Item2).TotalSeconds);
    }

    /// <summary>The CPU time used so far (this process, Azurite), laps left alone: for a window inside a phase.</summary>
    public (TimeSpan Own, TimeSpan Azurite) Totals() => (Own(), Azurite(azuriteProcessId));

    private static TimeSpan Own() => Process.GetCurrentProcess().TotalProcessorTime;

    private static TimeSpan Azurite(int id)
    {
        using var process = Process.GetProcessById(id);
        return process.TotalProcessorTime;
    }
}
