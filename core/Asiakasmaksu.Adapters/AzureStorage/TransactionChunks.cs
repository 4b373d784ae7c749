using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Entity-group transactions within Table Storage's limits: at most 100 operations and 4 MB in
/// one partition. Groups of actions that must commit together (one invoice's rows) are never split.
/// </summary>
internal static class TransactionChunks
{
    /// <summary>The size budget of one transaction request (the service allows 4 MiB).</summary>
    public const int MaxBytes = 3_000_000;

    /// <summary>The service's limit on operations per transaction.</summary>
    public const int MaxOperations = 100;

    /// <summary>Packs <paramref name="groups"/> (all of one partition) into transactions of at most <paramref name="maxOperations"/> operations, keeping each group whole.</summary>
    public static IEnumerable<List<T>> Pack<T>(IEnumerable<T> groups, Func<T, IReadOnlyList<TableTransactionAction>> actions, int maxOperations)
    {
        var limit = Math.Clamp(maxOperations, 1, MaxOperations);
        var chunk = new List<T>();
        var operations = 0;
        var bytes = 0;
        foreach (var group in groups)
        {
            var own = actions(group);
            var size = own.Sum(a => a.Entity is TableEntity e ? Payload.WireSize(e) : 1000);
            if (chunk.Count > 0 && (operations + own.Count > limit || bytes + size > MaxBytes))
            {
                yield return chunk;
                chunk = [];
                operations = 0;
                bytes = 0;
            }

            chunk.Add(group);
            operations += own.Count;
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>Sends independent upserts (index rows) grouped by partition, in transactions, several at once.</summary>
    public static Task UpsertAllAsync(TableClient table, IEnumerable<TableEntity> rows, int parallelism, CancellationToken cancellationToken)
    {
        var chunks = rows
            .GroupBy(r => r.PartitionKey, StringComparer.Ordinal)
            .SelectMany(g => Pack(g.DistinctBy(r => r.RowKey, StringComparer.Ordinal), r => [new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)], MaxOperations))
            .ToList();
        return Parallel.ForEachAsync(
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                var actions = chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)).ToList();
                await table.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
            });
    }

    /// <summary>Deletes rows if they still exist (a missing row is fine).</summary>
    public static async Task DeleteIfExistsAsync(TableClient table, string partitionKey, string rowKey, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, etag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
        }
    }
}
