using System.Globalization;
using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Invoices;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Reads what is due from the outbox queue: a range read per shard (queue keys start with the next
/// attempt time, or the end of the claim while a notice is claimed, so a claimed notice is not
/// read), merged in time order, each entry resolved to its notice. An entry of an invoice
/// commit is real only once its notice row exists in the invoice's partition (the commit's
/// transaction wrote it). Without it, the entry is an intent: skipped while its commit may still
/// happen, deleted once the invoice has moved past the sequence number the intent's writers
/// started from (their commits can no longer succeed) and the notice row is still absent.
/// </summary>
internal sealed class OutboxPending(StoreTables tables, OutboxWriter writer, OutboxNoticeReader notices)
{
    private const int ResolveAtOnce = 32;

    /// <summary>Due entries, next attempt first, at most <paramref name="max"/>.</summary>
    public async IAsyncEnumerable<OutboxEntry> PendingAsync(DateTimeOffset now, int max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (max <= 0)
        {
            yield break;
        }

        var shards = Enumerable.Range(0, StorageKeys.OutboxShards)
            .Select(s => "o" + s.ToString("D2", CultureInfo.InvariantCulture))
            .Select(s => tables.Outbox.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {s} and RowKey ge {"q|"} and RowKey lt {StorageKeys.QueueDueBefore(now)}"),
                maxPerPage: Math.Min(max, 1000),
                cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken))
            .ToList();
        try
        {
            var heads = new PriorityQueue<int, string>(StringComparer.Ordinal);
            for (var i = 0; i < shards.Count; i++)
            {
                if (await shards[i].MoveNextAsync().ConfigureAwait(false))
                {
                    heads.Enqueue(i, shards[i].Current.RowKey);
                }
            }

            var yielded = 0;
            while (heads.Count > 0 && yielded < max)
            {
                var batch = new List<TableEntity>();
                while (batch.Count < Math.Min(ResolveAtOnce, max - yielded) && heads.TryDequeue(out var i, out _))
                {
                    batch.Add(shards[i].Current);
                    if (await shards[i].MoveNextAsync().ConfigureAwait(false))
                    {
                        heads.Enqueue(i, shards[i].Current.RowKey);
                    }
                }

                foreach (var entry in await Task.WhenAll(batch.Select(q => ResolveAsync(q, cancellationToken))).ConfigureAwait(false))
                {
                    if (entry is not null && yielded < max)
                    {
                        yielded++;
                        yield return entry;
                    }
                }
            }
        }
        finally
        {
            foreach (var shard in shards)
            {
                await shard.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<OutboxEntry?> ResolveAsync(TableEntity queue, CancellationToken cancellationToken)
    {
        var noticeId = queue.GetString("NoticeId") ?? string.Empty;
        if (queue.GetString("Source") == OutboxRows.StandaloneSource)
        {
            return await writer.RecordAsync(noticeId, cancellationToken).ConfigureAwait(false) is { } record && OutboxRows.Delivery(record) is null
                ? OutboxRows.Entry(queue, await notices.StandaloneAsync(record, cancellationToken).ConfigureAwait(false))
                : null;
        }

        if (await notices.CommittedAsync(queue, cancellationToken).ConfigureAwait(false) is { } notice)
        {
            return OutboxRows.Entry(queue, notice);
        }

        // An intent whose commit has not (yet) written the notice. Read in this order: the record
        // (the highest sequence number any writer started from), the header, then the notice again.
        if (await writer.RecordAsync(noticeId, cancellationToken).ConfigureAwait(false) is not { } intent)
        {
            return null;
        }

        var invoice = new InvoiceId(queue.GetString("InvoiceId") ?? string.Empty);
        var header = await tables.Invoices.GetEntityIfExistsAsync<TableEntity>(StorageKeys.Partition(invoice), StorageKeys.Header(invoice), ["Seq"], cancellationToken).ConfigureAwait(false);
        if (!header.HasValue || header.Value is null || InvoiceRows.Seq(header.Value) <= (intent.GetInt64("BaseSeq") ?? 0))
        {
            return null; // its commit may still happen
        }

        if (await notices.CommittedAsync(queue, cancellationToken).ConfigureAwait(false) is { } committed)
        {
            return OutboxRows.Entry(queue, committed);
        }

        try
        {
            await tables.Outbox.SubmitTransactionAsync(
                [new(TableTransactionActionType.Delete, intent, intent.ETag), new(TableTransactionActionType.Delete, new TableEntity(queue.PartitionKey, queue.RowKey), ETag.All)],
                cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
        {
            // A writer raised the intent meanwhile, or it moved: it stays.
        }

        return null;
    }
}
