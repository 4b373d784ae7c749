namespace Asiakasmaksu.Benchmarks.Durable;

/// <summary>Counts the requests Azurite logs (its access log, one line per request): the storage operations a run costs, which in Azure are money.</summary>
internal sealed class StorageRequestCounter
{
    private long requests;

    /// <summary>Requests so far.</summary>
    public long Count => Interlocked.Read(ref requests);

    /// <summary>Takes one line of Azurite's output.</summary>
    public void Line(string line)
    {
        if (line.Contains("\" 2", StringComparison.Ordinal) || line.Contains("\" 3", StringComparison.Ordinal) || line.Contains("\" 4", StringComparison.Ordinal) || line.Contains("\" 5", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref requests);
        }
    }
}
