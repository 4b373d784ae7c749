using System.Diagnostics;
using Asiakasmaksu.Application.Import;

namespace Asiakasmaksu.Benchmarks;

/// <summary>
/// Prints a line at the end of each import phase and every tenth of the invoices created (every 100 000 lines while reading and charging ceilings): time
/// so far, the process's working set, the managed heap, the memory the GC holds and the thread count, so that a long run (a million lines
/// take long on Azurite) shows where it is and how its memory moves.
/// </summary>
internal sealed class ImportProgressLog : IProgress<ImportProgress>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private string phase = string.Empty;
    private int lastTenth = -1;

    /// <summary>The largest managed heap seen at a report (bytes).</summary>
    public long PeakManagedHeap { get; private set; }

    public void Report(ImportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        PeakManagedHeap = Math.Max(PeakManagedHeap, GC.GetTotalMemory(false));
        var tenth = value.Total is { } total and > 0 ? value.Done * 10 / total : value.Done / 100_000;
        if (value.Phase == phase && tenth == lastTenth)
        {
            return;
        }

        (phase, lastTenth) = (value.Phase, tenth);
        using var process = Process.GetCurrentProcess();
        var done = value.Total is { } of ? $"{value.Done:#,0}/{of:#,0} invoices" : $"{value.Done:#,0} lines";
        Console.WriteLine($"  {clock.Elapsed.TotalSeconds,7:0} s  {value.Phase,-8} {done,-28} working set {process.WorkingSet64 / 1e6:0} MB (peak {process.PeakWorkingSet64 / 1e6:0} MB), managed heap {GC.GetTotalMemory(false) / 1e6:0} MB (GC committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1e6:0} MB), {process.Threads.Count} threads");
    }
}
