using System.Collections.Concurrent;

namespace Asiakasmaksu.StaffApi.Load;

/// <summary>Latencies and outcomes per operation, from many clients at once.</summary>
internal sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> outcomes = new(StringComparer.Ordinal);
    private int serverErrors;

    /// <summary>Records one call of <paramref name="operation"/> that took <paramref name="milliseconds"/> and ended in <paramref name="outcome"/>.</summary>
    public void Record(string operation, double milliseconds, string outcome)
    {
        latencies.GetOrAdd(operation, _ => []).Add(milliseconds);
        outcomes.AddOrUpdate($"{operation} {outcome}", 1, (_, n) => n + 1);
        if (outcome.StartsWith('5') || outcome.StartsWith("transport", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref serverErrors);
        }
    }

    /// <summary>Calls answered 5xx or lost in transport.</summary>
    public int ServerErrors => Volatile.Read(ref serverErrors);

    /// <summary>Per operation: calls, p50, p99 and max in milliseconds, by operation name.</summary>
    public IReadOnlyList<(string Operation, int Calls, double P50, double P99, double Max)> Summary() =>
        [.. latencies.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l =>
        {
            var sorted = l.Value.Order().ToArray();
            return (l.Key, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1]);
        })];

    /// <summary>Calls per operation and outcome.</summary>
    public IReadOnlyList<(string Outcome, int Calls)> Outcomes() => [.. outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => (o.Key, o.Value))];

    /// <summary>All calls.</summary>
    public int Total => latencies.Values.Sum(l => l.Count);

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
