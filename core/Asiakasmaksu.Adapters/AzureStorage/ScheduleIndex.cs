using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// The schedule: partition = wake-up day (yyyyMMdd), row = invoice id and the commit sequence number
/// its writer started from. A writer adds its entry before committing (so a committed wake-up always
/// has one) and removes the old day's after. An entry is provably stale when the invoice's header
/// no longer wakes on that day and has moved past the entry's sequence number: its writer has either
/// committed and been overtaken, or can no longer commit. Only such entries are ever deleted, so a
/// commit in flight never loses its wake-up (docs/storage.md).
/// </summary>
internal sealed class ScheduleIndex(TableClient table, ScheduleRemovals removals)
{
    /// <summary>The sequence number an import's creation writes its invoices' first entries under (before the header's first commit).</summary>
    public const long CreationSeq = 0;

    /// <summary>The entry a writer starting from <paramref name="baseSeq"/> adds for <paramref name="day"/>.</summary>
    public static TableEntity Entry(InvoiceId id, DateOnly day, long baseSeq) => new(StorageKeys.Day(day), StorageKeys.ScheduleEntry(id, baseSeq))
    {
        ["InvoiceId"] = id.Value,
        ["BaseSeq"] = baseSeq,
    };

    /// <summary>Adds the entry (idempotent).</summary>
    public Task AddAsync(InvoiceId id, DateOnly day, long baseSeq, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(Entry(id, day, baseSeq), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Wake-ups on or before <paramref name="through"/>: by day, then invoice id; one per invoice and day.</summary>
    public async IAsyncEnumerable<WakeUp> DueAsync(DateOnly through, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey le {StorageKeys.Day(through)}");
        string? day = null;
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "InvoiceId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (e.PartitionKey != day)
            {
                foreach (var wake in Flush(day, ids))
                {
                    yield return wake;
                }

                day = e.PartitionKey;
            }

            ids.Add(e.GetString("InvoiceId") ?? string.Empty);
        }

        foreach (var wake in Flush(day, ids))
        {
            yield return wake;
        }
    }

    /// <summary>
    /// Deletes the entries of <paramref name="id"/> on <paramref name="day"/> whose writers started before
    /// <paramref name="seq"/>, unless <paramref name="currentWakeUp"/> (the header's, read at <paramref name="seq"/>) is that day.
    /// </summary>
    public async Task RemoveStaleAsync(InvoiceId id, DateOnly day, long seq, DateOnly? currentWakeUp, CancellationToken cancellationToken)
    {
        if (currentWakeUp == day)
        {
            return;
        }

        var from = StorageKeys.ScheduleEntry(id, 0)[..^10];
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {StorageKeys.Day(day)} and RowKey ge {from} and RowKey lt {StorageKeys.End(from)}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "BaseSeq"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if ((e.GetInt64("BaseSeq") ?? 0) < seq)
            {
                await TransactionChunks.DeleteIfExistsAsync(table, e.PartitionKey, e.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Deletes the entry <paramref name="id"/>'s writer that started from <paramref name="baseSeq"/> added for
    /// <paramref name="day"/> (a commit past it has moved the invoice off that day), if it is there: now, or
    /// later with others of the day (<see cref="ScheduleRemovals"/>). Never throws for the service.
    /// </summary>
    public Task RemoveAsync(InvoiceId id, DateOnly day, long baseSeq) =>
        removals.RemoveAsync(StorageKeys.Day(day), StorageKeys.ScheduleEntry(id, baseSeq));

    private static List<WakeUp> Flush(string? day, SortedSet<string> ids)
    {
        if (day is null)
        {
            return [];
        }

        var date = DateOnly.ParseExact(day, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var wakes = ids.Select(i => new WakeUp(new InvoiceId(i), date)).ToList();
        ids.Clear();
        return wakes;
    }
}
