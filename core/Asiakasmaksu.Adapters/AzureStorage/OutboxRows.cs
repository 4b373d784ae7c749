using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// The rows of the outbox table (partition = shard of the notice id): the record <c>r|{notice}</c>
/// holds the delivery state, the current (or last) claim and where the notice is (a notice row of an
/// invoice partition, or the record itself for a standalone notice); while undelivered, the queue
/// entry <c>q|{time}|{notice}</c> carries a copy of what <c>PendingAsync</c> returns, keyed by when
/// the notice may next be handed out: its next attempt, or the end of its claim while claimed. Both
/// change together in one transaction.
/// </summary>
internal static class OutboxRows
{
    /// <summary>Source of a notice stored by an invoice commit.</summary>
    public const string FromInvoice = "invoice";

    /// <summary>Source of a notice stored with <c>AddAsync</c>.</summary>
    public const string StandaloneSource = "standalone";

    /// <summary>Longest error text kept.</summary>
    public const int MaxErrorChars = 4000;

    /// <summary>The record's column holding its current claim's token (kept once sent: the claim that delivered it); empty when none or released by a failure.</summary>
    public const string ClaimToken = "ClaimToken";

    /// <summary>The record's column holding when its current claim runs out (meaningless once the token is empty).</summary>
    public const string ClaimedUntil = "ClaimedUntil";

    /// <summary>
    /// A new record and its queue entry for a notice of invoice <paramref name="invoice"/>, intended by a
    /// commit starting from <paramref name="baseSeq"/>; claimed under <paramref name="hold"/> when given
    /// (its queue entry then at the hold's end, or at its first attempt when that is later).
    /// </summary>
    public static (TableEntity Record, TableEntity Queue) Intent(Notice notice, InvoiceId invoice, long baseSeq, DateTimeOffset at, NoticeHold? hold)
    {
        var record = New(notice, at);
        record["Source"] = FromInvoice;
        record["InvoiceId"] = invoice.Value;
        record["InvoicePartition"] = StorageKeys.Partition(invoice);
        record["NoticeRow"] = StorageKeys.NoticeRow(invoice, notice.Id);
        record["BaseSeq"] = baseSeq;
        if (hold is not null)
        {
            var firstAttempt = OutboxTiming.FirstAttempt(notice, at);
            record[ClaimToken] = hold.Token;
            record[ClaimedUntil] = hold.Until;
            record["QueueKey"] = StorageKeys.QueueEntry(hold.Until > firstAttempt ? hold.Until : firstAttempt, notice.Id);
        }

        return (record, QueueOf(record));
    }

    /// <summary>A new record (holding the notice) and its queue entry for a standalone notice; the record may need overflow rows.</summary>
    public static (TableEntity Record, TableEntity Queue, IReadOnlyList<TableEntity> Overflow) Standalone(Notice notice, string json, DateTimeOffset at)
    {
        var record = New(notice, at);
        record["Source"] = StandaloneSource;
        var overflow = Payload.Put(record, "J", json, StorageKeys.Escape(notice.Id));
        return (record, QueueOf(record), overflow);
    }

    /// <summary>The queue entry matching <paramref name="record"/>'s state.</summary>
    public static TableEntity QueueOf(TableEntity record)
    {
        var queue = new TableEntity(record.PartitionKey, record.GetString("QueueKey"));
        foreach (var key in (string[])["NoticeId", "Source", "InvoiceId", "InvoicePartition", "NoticeRow", "StoredAt", "Attempts", "NextAttemptAt", "LastError"])
        {
            if (record.TryGetValue(key, out var value) && value is not null)
            {
                queue[key] = value;
            }
        }

        return queue;
    }

    /// <summary>The entry a queue row and its notice give.</summary>
    public static OutboxEntry Entry(TableEntity queue, Notice notice) => new(
        notice,
        queue.GetDateTimeOffset("StoredAt") ?? default,
        queue.GetInt32("Attempts") ?? 0,
        queue.GetDateTimeOffset("NextAttemptAt") ?? default,
        queue.GetString("LastError") is { Length: > 0 } error ? error : null);

    /// <summary>True when the record's notice is undelivered, its next attempt has come by <paramref name="now"/> and no claim still runs then.</summary>
    public static bool PendingAt(TableEntity record, DateTimeOffset now) =>
        record.GetBoolean("Sent") != true
        && (record.GetDateTimeOffset("NextAttemptAt") ?? default) <= now
        && !(HasOpenClaim(record) && record.GetDateTimeOffset(ClaimedUntil) > now);

    /// <summary>True when the record's notice is undelivered and due at <paramref name="now"/>, and still claimed under <paramref name="hold"/> then.</summary>
    public static bool HeldAt(TableEntity record, NoticeHold hold, DateTimeOffset now) =>
        record.GetBoolean("Sent") != true
        && (record.GetDateTimeOffset("NextAttemptAt") ?? default) <= now
        && string.Equals(record.GetString(ClaimToken), hold.Token, StringComparison.Ordinal)
        && record.GetDateTimeOffset(ClaimedUntil) > now;

    /// <summary>True when <paramref name="claim"/> is the record's current claim and the notice is not marked sent.</summary>
    public static bool HeldBy(TableEntity record, OutboxClaim claim) =>
        record.GetBoolean("Sent") != true && string.Equals(record.GetString(ClaimToken), claim.Token, StringComparison.Ordinal);

    /// <summary>True when the record holds a claim token: on an undelivered notice, a claim that was neither marked nor released by a failure.</summary>
    public static bool HasOpenClaim(TableEntity record) => record.GetString(ClaimToken) is { Length: > 0 };

    /// <summary>The delivery a record holds, or null while it is pending.</summary>
    public static NoticeDelivery? Delivery(TableEntity record) =>
        record.GetBoolean("Sent") == true
            ? new NoticeDelivery(record.GetString("Channel") ?? string.Empty, record.GetDateTimeOffset("DeliveredAt") ?? default, record.GetString("Location") ?? string.Empty)
            : null;

    private static TableEntity New(Notice notice, DateTimeOffset at) => new(StorageKeys.OutboxShard(notice.Id), StorageKeys.OutboxRecord(notice.Id))
    {
        ["NoticeId"] = notice.Id,
        ["StoredAt"] = at,
        ["Attempts"] = 0,
        ["NextAttemptAt"] = OutboxTiming.FirstAttempt(notice, at),
        ["LastError"] = string.Empty,
        ["QueueKey"] = StorageKeys.QueueEntry(OutboxTiming.FirstAttempt(notice, at), notice.Id),
        ["Sent"] = false,
    };
}
