using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// The outbox records this store has just written or read, with their ETags, kept so that the claim
/// that follows at once (an invoice's wake-up delivering what it committed or found pending) need not
/// read its record back. Only a hint: a claim tries it once under its ETag, and a record that changed
/// meanwhile fails that try and is read as always (<see cref="OutboxClaims"/>). Bounded: past its
/// capacity the oldest are forgotten, and a record is forgotten once taken.
/// </summary>
internal sealed class RecentRecords(int capacity = RecentRecords.DefaultCapacity)
{
    /// <summary>How many records are kept by default: a few thousand rows, a few megabytes at most.</summary>
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, TableEntity> byNotice = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string NoticeId, TableEntity Record)> order = new();

    /// <summary>How many records are kept now.</summary>
    public int Count => byNotice.Count;

    /// <summary>Keeps <paramref name="record"/> (which carries its ETag) for notice <paramref name="noticeId"/>, in place of any kept before.</summary>
    public void Remember(string noticeId, TableEntity record)
    {
        byNotice[noticeId] = record;
        order.Enqueue((noticeId, record));
        while (order.Count > capacity && order.TryDequeue(out var oldest))
        {
            // Only the very record queued then: a newer one for the same notice stays.
            byNotice.TryRemove(new KeyValuePair<string, TableEntity>(oldest.NoticeId, oldest.Record));
        }
    }

    /// <summary>The record kept for <paramref name="noticeId"/>, forgotten as it is taken; null when none is kept.</summary>
    public TableEntity? Take(string noticeId) => byNotice.TryRemove(noticeId, out var record) ? record : null;
}
