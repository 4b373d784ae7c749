using System.Text.RegularExpressions;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// Reads Azurite's shut-down lines ("Azurite Table service successfully closed", printed once the
/// service has closed its stores, its data written) and completes once the blob, queue and table
/// services have all closed. Azurite's process outlives that: its clean-up passes sleep on timers of
/// a minute (queues) and ten minutes (blobs), so a stop that waited for the process to exit would
/// always wait out its timeout.
/// </summary>
internal sealed partial class ClosedParser
{
    private readonly HashSet<string> closed = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when all three services have closed.</summary>
    public Task Closed => done.Task;

    /// <summary>Looks at one output line.</summary>
    public void OnLine(string line)
    {
        var match = ClosedLine().Match(line);
        if (!match.Success)
        {
            return;
        }

        lock (closed)
        {
            closed.Add(match.Groups["service"].Value);
            if (closed.Count == 3)
            {
                done.TrySetResult();
            }
        }
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service successfully closed", RegexOptions.CultureInvariant)]
    private static partial Regex ClosedLine();
}
