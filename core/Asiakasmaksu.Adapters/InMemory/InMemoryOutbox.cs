using System.Collections.Concurrent;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>
/// The outbox of <see cref="InMemoryStore"/>: every notice by id, and beside them the notices not
/// yet sent, ordered by their next attempt. Finding the notices due is then a walk over the due
/// ones only, not over every notice ever stored (a year's simulation of 100 000 invoices holds
/// hundreds of thousands, and asks several times a day).
/// </summary>
internal sealed class InMemoryOutbox
{
    private readonly ConcurrentDictionary<string, Record> records = new(StringComparer.Ordinal);
    private readonly SortedSet<Pending> pending = new(Pending.Order);

    /// <summary>Stores <paramref name="notice"/> unless a notice of its id is already stored.</summary>
    public void Add(Notice notice, DateTimeOffset at)
    {
        var entry = new OutboxEntry(notice, at, 0, OutboxTiming.FirstAttempt(notice, at), null);
        lock (pending)
        {
            if (records.TryAdd(notice.Id, new Record(entry, null)))
            {
                pending.Add(Pending.Of(entry));
            }
        }
    }

    /// <summary>The unsent notices whose next attempt has come by <paramref name="now"/>, oldest stored first (then by id), at most <paramref name="max"/>.</summary>
    public List<OutboxEntry> Due(DateTimeOffset now, int max)
    {
        var due = new List<OutboxEntry>();
        lock (pending)
        {
            foreach (var p in pending)
            {
                if (p.NextAttemptAt > now)
                {
                    break;
                }

                due.Add(records[p.Id].Entry);
            }
        }

        due.Sort((a, b) => a.StoredAt.CompareTo(b.StoredAt) is var c && c != 0 ? c : string.CompareOrdinal(a.Notice.Id, b.Notice.Id));
        if (due.Count > max)
        {
            due.RemoveRange(max, due.Count - max);
        }

        return due;
    }

    /// <summary>Marks the notice sent (the first delivery stays) and takes it off the pending notices.</summary>
    public void MarkSent(string noticeId, NoticeDelivery delivery)
    {
        lock (pending)
        {
            var record = Find(noticeId);
            if (record.Delivery is null)
            {
                pending.Remove(Pending.Of(record.Entry));
                records[noticeId] = record with { Delivery = delivery };
            }
        }
    }

    /// <summary>Records a failed attempt and when to try again.</summary>
    public void MarkFailed(string noticeId, int attempts, DateTimeOffset nextAttemptAt, string error)
    {
        lock (pending)
        {
            var record = Find(noticeId);
            var entry = record.Entry with { Attempts = attempts, NextAttemptAt = nextAttemptAt, LastError = error };
            if (record.Delivery is null)
            {
                pending.Remove(Pending.Of(record.Entry));
                pending.Add(Pending.Of(entry));
            }

            records[noticeId] = record with { Entry = entry };
        }
    }

    /// <summary>How the notice was delivered, or null when it has not been (or is unknown).</summary>
    public NoticeDelivery? DeliveryOf(string noticeId) =>
        records.TryGetValue(noticeId, out var r) ? r.Delivery : null;

    private Record Find(string noticeId) =>
        records.TryGetValue(noticeId, out var record)
            ? record
            : throw new InvalidOperationException($"Notice {noticeId} is not in the outbox.");

    private sealed record Record(OutboxEntry Entry, NoticeDelivery? Delivery);

    /// <summary>An unsent notice's place in the queue: by next attempt, then as it will be handed out.</summary>
    private readonly record struct Pending(DateTimeOffset NextAttemptAt, DateTimeOffset StoredAt, string Id)
    {
        public static readonly IComparer<Pending> Order = Comparer<Pending>.Create((a, b) =>
            a.NextAttemptAt.CompareTo(b.NextAttemptAt) is var n && n != 0 ? n
            : a.StoredAt.CompareTo(b.StoredAt) is var s && s != 0 ? s
            : string.CompareOrdinal(a.Id, b.Id));

        public static Pending Of(OutboxEntry entry) => new(entry.NextAttemptAt, entry.StoredAt, entry.Notice.Id);
    }
}
