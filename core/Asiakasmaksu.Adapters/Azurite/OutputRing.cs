namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// The last lines a child process wrote (and optionally its first few), bounded, safe to add to from several threads.
/// </summary>
internal sealed class OutputRing
{
    private readonly Queue<string> lines = new();
    private readonly List<string> head = [];
    private readonly int capacity;
    private readonly int headCapacity;
    private long total;

    /// <summary>Keeps the last <paramref name="capacity"/> lines and the first <paramref name="headCapacity"/>.</summary>
    public OutputRing(int capacity, int headCapacity = 0)
    {
        this.capacity = Math.Max(1, capacity);
        this.headCapacity = Math.Max(0, headCapacity);
    }

    /// <summary>How many lines were added in all.</summary>
    public long Total
    {
        get
        {
            lock (lines)
            {
                return total;
            }
        }
    }

    /// <summary>Adds a line, dropping the oldest when full.</summary>
    public void Add(string line)
    {
        lock (lines)
        {
            total++;
            if (head.Count < headCapacity)
            {
                head.Add(line);
            }

            if (lines.Count == capacity)
            {
                lines.Dequeue();
            }

            lines.Enqueue(line);
        }
    }

    /// <summary>A copy of the last lines, oldest first.</summary>
    public IReadOnlyList<string> Snapshot()
    {
        lock (lines)
        {
            return [.. lines];
        }
    }

    /// <summary>The first lines (when kept) and the last <paramref name="count"/> lines, indented, for an error message.</summary>
    public string Tail(int count)
    {
        List<string> shown;
        lock (lines)
        {
            var tail = lines.Skip(Math.Max(0, lines.Count - count)).ToList();
            var skipped = total - tail.Count;
            shown = skipped <= 0 ? tail
                : skipped <= head.Count ? [.. head.Take((int)skipped), .. tail]
                : [.. head, "...", .. tail];
        }

        return shown.Count == 0 ? "  (no output)" : string.Join(Environment.NewLine, shown.Select(l => "  " + l));
    }
}
