using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Groups a file's accepted lines by a key (the invoice id; in the ceiling pass, the account) in
/// bounded memory, whatever the file's order: up to <c>maxLinesInMemory</c> lines are sorted in
/// memory; beyond that, sorted runs go to temporary files in the process's private
/// <see cref="SpoolFolder"/> (readable by its user only, gone from the disk at once) and are merged.
/// Groups come out ordered by key (ordinal), their lines by line number.
/// </summary>
internal sealed class LineSpool(int maxLinesInMemory = 50_000) : IDisposable
{
    private static readonly Comparison<(string Key, BillingLine Line)> Order =
        (a, b) => string.CompareOrdinal(a.Key, b.Key) is var c && c != 0 ? c : a.Line.LineNumber.CompareTo(b.Line.LineNumber);

    private readonly List<(string Key, BillingLine Line)> buffer = [];
    private readonly List<FileStream> runs = [];

    /// <summary>Lines added so far.</summary>
    public int Count { get; private set; }

    /// <summary>The sorted runs written so far (open; on Unix already gone from the disk).</summary>
    internal IEnumerable<FileStream> Runs => runs;

    public void Add(string key, BillingLine line)
    {
        buffer.Add((key, line));
        Count++;
        if (buffer.Count >= maxLinesInMemory)
        {
            Spill();
        }
    }

    /// <summary>The line groups, ordered by key.</summary>
    public IEnumerable<(string Key, List<BillingLine> Lines)> Groups()
    {
        buffer.Sort(Order);
        var sources = new List<IEnumerator<(string Key, BillingLine Line)>> { buffer.GetEnumerator() };
        sources.AddRange(runs.Select(ReadRun));
        var queue = new PriorityQueue<IEnumerator<(string Key, BillingLine Line)>, (string Key, BillingLine Line)>(Comparer<(string Key, BillingLine Line)>.Create(Order));
        foreach (var source in sources)
        {
            if (source.MoveNext())
            {
                queue.Enqueue(source, source.Current);
            }
        }

        List<BillingLine>? group = null;
        var current = string.Empty;
        while (queue.TryDequeue(out var source, out var item))
        {
            if (group is not null && item.Key != current)
            {
                yield return (current, group);
                group = null;
            }

            current = item.Key;
            (group ??= []).Add(item.Line);
            if (source.MoveNext())
            {
                queue.Enqueue(source, source.Current);
            }
        }

        if (group is not null)
        {
            yield return (current, group);
        }
    }

    public void Dispose()
    {
        foreach (var run in runs)
        {
            run.Dispose();
        }
    }

    private static IEnumerator<(string Key, BillingLine Line)> ReadRun(FileStream run)
    {
        run.Position = 0;
        using var reader = new BinaryReader(new BufferedStream(run, 1 << 16), System.Text.Encoding.UTF8, leaveOpen: true);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            yield return (key, BillingLineCodec.Read(reader));
        }
    }

    private void Spill()
    {
        buffer.Sort(Order);
        var file = SpoolFolder.Shared.CreateFile(".run");
        runs.Add(file); // closed by Dispose whatever happens next
        using (var writer = new BinaryWriter(new BufferedStream(file, 1 << 16), System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(buffer.Count);
            foreach (var (key, line) in buffer)
            {
                writer.Write(key);
                BillingLineCodec.Write(writer, line);
            }
        }

        buffer.Clear();
    }
}
