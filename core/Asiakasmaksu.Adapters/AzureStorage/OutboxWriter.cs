using System.Text.Json;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Serialization;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Writes the outbox table. A commit's notices get their record and queue entry as an intent
/// <em>before</em> the commit's transaction (so a crash after the commit loses nothing); the
/// intent notes the commit sequence number its writer started from, and only ever rises, so that
/// <see cref="OutboxPending"/> can tell an intent that can still commit from one that never will.
/// </summary>
internal sealed class OutboxWriter(TableClient table)
{
    private const int MaxRounds = 20;

    /// <summary>An intent: notice <see cref="Notice"/> of <see cref="Invoice"/>, by a commit starting from <see cref="BaseSeq"/>, claimed under <see cref="Hold"/> when given.</summary>
    public sealed record Intent(Notice Notice, InvoiceId Invoice, long BaseSeq, DateTimeOffset At, NoticeHold? Hold = null);

    /// <summary>Writes <paramref name="intents"/>, grouped by shard in transactions, several at once.</summary>
    public Task AddIntentsAsync(IReadOnlyCollection<Intent> intents, int parallelism, CancellationToken cancellationToken)
    {
        var chunks = intents
            .Select(i => (Intent: i, Rows: OutboxRows.Intent(i.Notice, i.Invoice, i.BaseSeq, i.At, i.Hold)))
            .GroupBy(p => p.Rows.Record.PartitionKey, StringComparer.Ordinal)
            .SelectMany(g => TransactionChunks.Pack(g.DistinctBy(p => p.Intent.Notice.Id, StringComparer.Ordinal), p => Adds(p.Rows.Record, p.Rows.Queue), TransactionChunks.MaxOperations))
            .ToList();
        return Parallel.ForEachAsync(
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                try
                {
                    var written = await table.SubmitTransactionAsync(chunk.SelectMany(p => Adds(p.Rows.Record, p.Rows.Queue)), ct).ConfigureAwait(false);
                    for (var i = 0; i < chunk.Count && 2 * i < written.Value.Count; i++)
                    {
                        Recent.RememberWritten(chunk[i].Intent.Notice.Id, chunk[i].Rows.Record, written.Value[2 * i].Headers.ETag);
                    }
                }
                catch (TableTransactionFailedException e) when (e.Status == 409)
                {
                    // Some notices already have a record (an earlier attempt): one by one.
                    foreach (var (intent, _) in chunk)
                    {
                        await EnsureIntentAsync(intent, ct).ConfigureAwait(false);
                    }
                }
            });
    }

    /// <summary>Stores a standalone notice once (idempotent by id).</summary>
    public async Task AddStandaloneAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var (record, queue, overflow) = OutboxRows.Standalone(notice, JsonSerializer.Serialize(notice, DomainJson.Options), at);
        if (await table.GetEntityIfExistsAsync<TableEntity>(record.PartitionKey, record.RowKey, ["NoticeId"], cancellationToken).ConfigureAwait(false) is { HasValue: true })
        {
            return;
        }

        foreach (var row in overflow)
        {
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await table.SubmitTransactionAsync(Adds(record, queue), cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            // Stored meanwhile by someone else: the first one stays.
        }
    }

    /// <summary>The records just written (by this writer) or read (by a caller that remembers them), for the claim that follows.</summary>
    public RecentRecords Recent { get; } = new();

    /// <summary>The record of a notice, or null.</summary>
    public async Task<TableEntity?> RecordAsync(string noticeId, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(StorageKeys.OutboxShard(noticeId), StorageKeys.OutboxRecord(noticeId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private static List<TableTransactionAction> Adds(TableEntity record, TableEntity queue) =>
        [new(TableTransactionActionType.Add, record), new(TableTransactionActionType.Add, queue)];

    private async Task EnsureIntentAsync(Intent intent, CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var (record, queue) = OutboxRows.Intent(intent.Notice, intent.Invoice, intent.BaseSeq, intent.At, intent.Hold);
            try
            {
                await table.SubmitTransactionAsync(Adds(record, queue), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
            }

            if (await RecordAsync(intent.Notice.Id, cancellationToken).ConfigureAwait(false) is not { } existing)
            {
                continue;
            }

            if (existing.GetBoolean("Sent") == true || (existing.GetInt64("BaseSeq") ?? long.MaxValue) >= intent.BaseSeq)
            {
                return;
            }

            try
            {
                await table.UpdateEntityAsync(new TableEntity(existing.PartitionKey, existing.RowKey) { ["BaseSeq"] = intent.BaseSeq }, existing.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
            }
        }

        throw new InvalidOperationException($"The outbox record of notice {intent.Notice.Id} kept changing: gave up after {MaxRounds} rounds.");
    }
}
