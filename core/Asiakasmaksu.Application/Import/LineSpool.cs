using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Groups a file's accepted lines by invoice in bounded memory, whatever the file's order: up to
/// <c>maxLinesInMemory</c> lines are sorted in memory; beyond that, sorted runs go to temporary
/// files (deleted on close) and are merged. Groups come out ordered by invoice id, their lines
/// by line number.
/// </summary>
internal sealed class LineSpool(int maxLinesInMemory = 50_000) : IDisposable
{
    private static readonly Comparison<(InvoiceId Id, BillingLine Line)> Order =
        (a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value) is var c && c != 0 ? c : a.Line.LineNumber.CompareTo(b.Line.LineNumber);

    private readonly List<(InvoiceId Id, BillingLine Line)> buffer = [];
    private readonly List<FileStream> runs = [];

    /// <summary>Lines added so far.</summary>
    public int Count { get; private set; }

    public void Add(InvoiceId id, BillingLine line)
    {
        buffer.Add((id, line));
        Count++;
        if (buffer.Count >= maxLinesInMemory)
        {
            Spill();
        }
    }

    /// <summary>The invoices' line groups, ordered by invoice id.</summary>
    public IEnumerable<(InvoiceId Id, List<BillingLine> Lines)> Groups()
    {
        buffer.Sort(Order);
        var sources = new List<IEnumerator<(InvoiceId Id, BillingLine Line)>> { buffer.GetEnumerator() };
        sources.AddRange(runs.Select(ReadRun));
        var queue = new PriorityQueue<IEnumerator<(InvoiceId Id, BillingLine Line)>, (InvoiceId Id, BillingLine Line)>(Comparer<(InvoiceId Id, BillingLine Line)>.Create(Order));
        foreach (var source in sources)
        {
            if (source.MoveNext())
            {
                queue.Enqueue(source, source.Current);
            }
        }

        List<BillingLine>? group = null;
        InvoiceId current = default;
        while (queue.TryDequeue(out var source, out var item))
        {
            if (group is not null && item.Id != current)
            {
                yield return (current, group);
                group = null;
            }

            current = item.Id;
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

    private static IEnumerator<(InvoiceId Id, BillingLine Line)> ReadRun(FileStream run)
    {
        run.Position = 0;
        using var reader = new BinaryReader(new BufferedStream(run, 1 << 16), System.Text.Encoding.UTF8, leaveOpen: true);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var id = new InvoiceId(reader.ReadString());
            yield return (id, BillingLineCodec.Read(reader));
        }
    }

    private void Spill()
    {
        buffer.Sort(Order);
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"asiakasmaksu-import-{Guid.NewGuid():N}.run"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        using (var writer = new BinaryWriter(new BufferedStream(file, 1 << 16), System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(buffer.Count);
            foreach (var (id, line) in buffer)
            {
                writer.Write(id.Value);
                BillingLineCodec.Write(writer, line);
            }
        }

        runs.Add(file);
        buffer.Clear();
    }
}
