using System.Collections.Concurrent;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Adapters.InMemory;

/// <summary>
/// The outbox of <see cref="InMemoryStore"/>: every notice by id, the notice ids of each invoice,
/// and beside them the notices not yet sent, ordered by when they may next be handed out (their next
/// attempt, or the end of their claim when that is later). Finding the notices due is then a walk
/// over the due ones only, not over every notice ever stored (a year's simulation of 100 000
/// invoices holds hundreds of thousands, and asks several times a day). Every change happens under
/// one lock, so a claim is checked and taken at once, as the Azure store does under an ETag.
/// </summary>
internal sealed class InMemoryOutbox
{
    private readonly ConcurrentDictionary<string, Record> records = new(StringComparer.Ordinal);
    private readonly Dictionary<InvoiceId, List<string>> byInvoice = [];
    private readonly SortedSet<Queued> queue = new(Queued.Order);
    private readonly Lock gate = new();

    /// <summary>Stores <paramref name="notice"/> unless a notice of its id is already stored; claimed under <paramref name="hold"/> when given.</summary>
    public void Add(Notice notice, DateTimeOffset at, NoticeHold? hold = null)
    {
        var entry = new OutboxEntry(notice, at, 0, OutboxTiming.FirstAttempt(notice, at), null);
        var record = new Record(entry, null, hold?.Token, hold?.Until ?? DateTimeOffset.MinValue);
        lock (gate)
        {
            if (!records.TryAdd(notice.Id, record))
            {
                return;
            }

            queue.Add(Queued.Of(record));
            if (notice.InvoiceId is { } invoice)
            {
                if (!byInvoice.TryGetValue(invoice, out var ids))
                {
                    byInvoice[invoice] = ids = [];
                }

                ids.Add(notice.Id);
            }
        }
    }

    /// <summary>The notices pending at <paramref name="now"/>, oldest stored first (then by id), at most <paramref name="max"/>.</summary>
    public List<OutboxEntry> Due(DateTimeOffset now, int max)
    {
        var due = new List<OutboxEntry>();
        lock (gate)
        {
            foreach (var q in queue)
            {
                if (q.VisibleAt > now)
                {
                    break;
                }

                due.Add(records[q.Id].Entry);
            }
        }

        due.Sort(ByStoredAt);
        if (due.Count > max)
        {
            due.RemoveRange(max, due.Count - max);
        }

        return due;
    }

    /// <summary>The notices of <paramref name="invoice"/> pending at <paramref name="now"/>, oldest stored first.</summary>
    public List<OutboxEntry> DueFor(InvoiceId invoice, DateTimeOffset now)
    {
        lock (gate)
        {
            var due = byInvoice.TryGetValue(invoice, out var ids)
                ? ids.Select(id => records[id]).Where(r => r.PendingAt(now)).Select(r => r.Entry).ToList()
                : [];
            due.Sort(ByStoredAt);
            return due;
        }
    }

    /// <summary>Claims the notice until <paramref name="now"/> + <paramref name="lease"/> when it is pending at <paramref name="now"/>; otherwise null.</summary>
    public OutboxClaim? Claim(string noticeId, DateTimeOffset now, TimeSpan lease)
    {
        lock (gate)
        {
            if (!records.TryGetValue(noticeId, out var record) || !record.PendingAt(now))
            {
                return null;
            }

            var claim = new OutboxClaim(record.Entry, Guid.NewGuid().ToString("N"), now + lease, record.ClaimToken is not null);
            Replace(record, record with { ClaimToken = claim.Token, ClaimedUntil = claim.Until });
            return claim;
        }
    }

    /// <summary>The claim of <paramref name="hold"/> when the notice is still held so at <paramref name="now"/> and due; otherwise as <see cref="Claim"/>.</summary>
    public OutboxClaim? ClaimHeld(string noticeId, NoticeHold hold, DateTimeOffset now, TimeSpan lease)
    {
        lock (gate)
        {
            if (records.TryGetValue(noticeId, out var record)
                && record.Delivery is null
                && string.Equals(record.ClaimToken, hold.Token, StringComparison.Ordinal)
                && record.ClaimedUntil > now
                && record.Entry.NextAttemptAt <= now)
            {
                return new OutboxClaim(record.Entry, hold.Token, record.ClaimedUntil, false);
            }
        }

        return Claim(noticeId, now, lease);
    }

    /// <summary>Marks the notice sent when <paramref name="claim"/> is its current claim and it is not sent yet; returns whether it did.</summary>
    public bool MarkSent(OutboxClaim claim, NoticeDelivery delivery)
    {
        lock (gate)
        {
            var record = Find(claim.NoticeId);
            if (!record.HeldBy(claim))
            {
                return false;
            }

            Replace(record, record with { Delivery = delivery });
            return true;
        }
    }

    /// <summary>Records a failed attempt and releases the claim when <paramref name="claim"/> is the notice's current one; returns whether it did.</summary>
    public bool MarkFailed(OutboxClaim claim, int attempts, DateTimeOffset nextAttemptAt, string error)
    {
        lock (gate)
        {
            var record = Find(claim.NoticeId);
            if (!record.HeldBy(claim))
            {
                return false;
            }

            var entry = record.Entry with { Attempts = attempts, NextAttemptAt = nextAttemptAt, LastError = error };
            Replace(record, record with { Entry = entry, ClaimToken = null, ClaimedUntil = DateTimeOffset.MinValue });
            return true;
        }
    }

    /// <summary>How the notice was delivered, or null when it has not been (or is unknown).</summary>
    public NoticeDelivery? DeliveryOf(string noticeId) =>
        records.TryGetValue(noticeId, out var r) ? r.Delivery : null;

    private static int ByStoredAt(OutboxEntry a, OutboxEntry b) =>
        a.StoredAt.CompareTo(b.StoredAt) is var c && c != 0 ? c : string.CompareOrdinal(a.Notice.Id, b.Notice.Id);

    /// <summary>Puts <paramref name="after"/> in place of <paramref name="before"/>, and its place in the queue (none once sent). Under the lock.</summary>
    private void Replace(Record before, Record after)
    {
        queue.Remove(Queued.Of(before));
        if (after.Delivery is null)
        {
            queue.Add(Queued.Of(after));
        }

        records[after.Entry.Notice.Id] = after;
    }

    private Record Find(string noticeId) =>
        records.TryGetValue(noticeId, out var record)
            ? record
            : throw new InvalidOperationException($"Notice {noticeId} is not in the outbox.");

    /// <summary>A notice's state: its entry, its delivery once sent, and its current (or last) claim.</summary>
    private sealed record Record(OutboxEntry Entry, NoticeDelivery? Delivery, string? ClaimToken, DateTimeOffset ClaimedUntil)
    {
        /// <summary>When it may next be handed out: its next attempt, or the end of its claim when later.</summary>
        public DateTimeOffset VisibleAt => ClaimedUntil > Entry.NextAttemptAt ? ClaimedUntil : Entry.NextAttemptAt;

        public bool PendingAt(DateTimeOffset now) => Delivery is null && VisibleAt <= now;

        public bool HeldBy(OutboxClaim claim) => Delivery is null && string.Equals(ClaimToken, claim.Token, StringComparison.Ordinal);
    }

    /// <summary>An unsent notice's place in the queue: by when it may be handed out, then as it will be handed out.</summary>
    private readonly record struct Queued(DateTimeOffset VisibleAt, DateTimeOffset StoredAt, string Id)
    {
        public static readonly IComparer<Queued> Order = Comparer<Queued>.Create((a, b) =>
            a.VisibleAt.CompareTo(b.VisibleAt) is var n && n != 0 ? n
            : a.StoredAt.CompareTo(b.StoredAt) is var s && s != 0 ? s
            : string.CompareOrdinal(a.Id, b.Id));

        public static Queued Of(Record record) => new(record.VisibleAt, record.Entry.StoredAt, record.Entry.Notice.Id);
    }
}
