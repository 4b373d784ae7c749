using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Asiakasmaksu.Benchmarks.Durable;

/// <summary>
/// Counts the requests Azurite logs (its access log, one line per request): the storage operations a
/// run costs, which in Azure are money; also by kind (method and resource, keys left out), so that a
/// phase's requests can be told apart (<see cref="Since"/>).
/// </summary>
internal sealed partial class StorageRequestCounter
{
    private readonly ConcurrentDictionary<string, long> byKind = new(StringComparer.Ordinal);
    private long requests;

    /// <summary>Requests so far.</summary>
    public long Count => Interlocked.Read(ref requests);

    /// <summary>Takes one line of Azurite's output.</summary>
    public void Line(string line)
    {
        if (AccessLine().Match(line) is not { Success: true } match)
        {
            return;
        }

        Interlocked.Increment(ref requests);
        byKind.AddOrUpdate($"{match.Groups["method"].Value} {Resource(match.Groups["path"].Value)}", 1, (_, n) => n + 1);
    }

    /// <summary>Requests by kind so far.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(byKind, StringComparer.Ordinal);

    /// <summary>The kinds of requests made since <paramref name="before"/>, most first, per <paramref name="per"/> (one line each).</summary>
    public IEnumerable<string> Since(IReadOnlyDictionary<string, long> before, int per, int top = 12) =>
        Snapshot()
            .Select(kind => (kind.Key, Count: kind.Value - before.GetValueOrDefault(kind.Key)))
            .Where(kind => kind.Count > 0)
            .OrderByDescending(kind => kind.Count)
            .Take(top)
            .Select(kind => string.Create(CultureInfo.InvariantCulture, $"{kind.Count / (double)per,8:0.00}  {kind.Key}"));

    /// <summary>
    /// The resource a request names, without keys and query: a table, queue or container (a blob's
    /// container), a task hub's numbered queues as one. A table query (<c>Table()</c>, a filter) is
    /// told from a read by key (<c>Table(PartitionKey=…,RowKey=…)</c>): Azurite answers a query by
    /// evaluating its filter on every entity of the table, a read by key through its index.
    /// </summary>
    private static string Resource(string path)
    {
        var parts = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segment = parts.Length > 1 ? parts[1] : "(account)";
        var name = Digits().Replace(segment.Split('(')[0], "N");
        if (parts.Length > 2 && parts[2] == "messages")
        {
            return $"{name}/messages";
        }

        var isQuery = segment.EndsWith("()", StringComparison.Ordinal) || path.Contains("$filter", StringComparison.Ordinal) || path.Contains("%24filter", StringComparison.Ordinal);
        return isQuery && name != "Tables" ? $"{name} (query)" : name;
    }

    [GeneratedRegex("\"(?<method>[A-Z]+) (?<path>\\S+) HTTP/[0-9.]+\" [2-5][0-9][0-9]")]
    private static partial Regex AccessLine();

    [GeneratedRegex("-[0-9]+$")]
    private static partial Regex Digits();
}
