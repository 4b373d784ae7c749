using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Rows this store has just written or read, with their ETags, kept so that the step that follows at
/// once need not read them back: the outbox records an invoice's wake-up claims
/// (<see cref="OutboxWriter.Recent"/>), and the invoice headers its next wake-up loads
/// (<see cref="InvoiceReader.Recent"/>). Only a hint: whoever uses a kept row writes under its ETag,
/// and a row that changed meanwhile fails that write and is read as always. Bounded: past its
/// capacity the oldest are forgotten, and a row holding more than <c>maxChars</c> characters is not kept.
/// </summary>
internal sealed class RecentRecords(int capacity = RecentRecords.DefaultCapacity, int maxChars = int.MaxValue)
{
    /// <summary>How many rows are kept by default: a few thousand rows, a few megabytes at most.</summary>
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, TableEntity> byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, TableEntity Record)> order = new();

    /// <summary>How many rows are kept now.</summary>
    public int Count => byKey.Count;

    /// <summary>
    /// Keeps <paramref name="record"/> (which carries its ETag, and which nobody changes afterwards) under
    /// <paramref name="key"/>, in place of any kept before; one too large to keep forgets that one too.
    /// </summary>
    public void Remember(string key, TableEntity record)
    {
        if (maxChars < int.MaxValue && record.Sum(column => column.Value is string text ? text.Length : 8) > maxChars)
        {
            byKey.TryRemove(key, out _);
            return;
        }

        byKey[key] = record;
        order.Enqueue((key, record));
        while (order.Count > capacity && order.TryDequeue(out var oldest))
        {
            // Only the very row queued then: a newer one under the same key stays.
            byKey.TryRemove(new KeyValuePair<string, TableEntity>(oldest.Key, oldest.Record));
        }
    }

    /// <summary>Keeps <paramref name="record"/>, just written, as it stands under the ETag its write answered; nothing without one.</summary>
    public void RememberWritten(string key, TableEntity record, ETag? etag)
    {
        if (etag is { } version)
        {
            record.ETag = version;
            Remember(key, record);
        }
    }

    /// <summary>The row kept under <paramref name="key"/>, forgotten as it is taken; null when none is kept.</summary>
    public TableEntity? Take(string key) => byKey.TryRemove(key, out var record) ? record : null;

    /// <summary>The row kept under <paramref name="key"/>, kept still; null when none is kept.</summary>
    public TableEntity? Peek(string key) => byKey.TryGetValue(key, out var record) ? record : null;
}
