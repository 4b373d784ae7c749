using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>
/// A list that staff page through, kept in its reading order beside the entities of one partition.
/// Each entity (row key = its id) has a list row <c>~|{sort key}</c> in the same partition with a copy
/// of its properties, written in the same entity-group transaction as the entity, so a page is one
/// range read from where the previous page ended, however long the list. Row keys of entities are
/// ids below <c>~</c>; list rows sort after them. Entities stored before list rows existed get theirs
/// the first time the list is read, once (the marker row <c>~~indexed</c> remembers it).
/// </summary>
internal sealed class SortedListRows(TableClient table, string partition, Func<TableEntity, string> sortKeyOf)
{
    private const string Prefix = "~|";
    private const string PrefixEnd = "~}";
    private const string Marker = "~~indexed";
    private const string EntitiesEnd = "~";

    private volatile bool indexed;

    /// <summary>The filter that reads the entities alone (no list rows, no marker).</summary>
    public string EntitiesFilter(string? status) => status is null
        ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {EntitiesEnd}")
        : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {EntitiesEnd} and Status eq {status}");

    /// <summary>Adds <paramref name="entity"/> and its list row at once; false (nothing written) when its row key is taken.</summary>
    public async Task<bool> AddAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Add, entity), new TableTransactionAction(TableTransactionActionType.UpsertReplace, ListRow(entity))],
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Replaces <paramref name="entity"/> if it is still at <paramref name="etag"/>, and its list row with it; false when another writer changed it first.</summary>
    public async Task<bool> ReplaceAsync(TableEntity entity, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, etag), new TableTransactionAction(TableTransactionActionType.UpsertReplace, ListRow(entity))],
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>
    /// The list rows after <paramref name="afterSortKey"/> (from the start when null), in sort-key
    /// order, with <paramref name="status"/> when given; each with its sort key. Read lazily: stop
    /// enumerating and nothing more is read.
    /// </summary>
    public async IAsyncEnumerable<(string SortKey, TableEntity Row)> ReadAsync(string? status, string? afterSortKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureIndexedAsync(cancellationToken).ConfigureAwait(false);
        var from = afterSortKey is null ? Prefix : Prefix + afterSortKey;
        var filter = status is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {from} and RowKey lt {PrefixEnd}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {from} and RowKey lt {PrefixEnd} and Status eq {status}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return (row.RowKey[Prefix.Length..], row);
        }
    }

    private TableEntity ListRow(TableEntity entity)
    {
        var row = new TableEntity(partition, Prefix + sortKeyOf(entity));
        foreach (var (name, value) in entity)
        {
            if (name is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            {
                row[name] = value;
            }
        }

        return row;
    }

    /// <summary>Gives every entity stored before list rows existed its list row, once per table.</summary>
    private async Task EnsureIndexedAsync(CancellationToken cancellationToken)
    {
        if (indexed || (await table.GetEntityIfExistsAsync<TableEntity>(partition, Marker, ["RowKey"], cancellationToken).ConfigureAwait(false)).HasValue)
        {
            indexed = true;
            return;
        }

        await foreach (var entity in table.QueryAsync<TableEntity>(EntitiesFilter(null), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            try
            {
                // Add, never replace: a list row written meanwhile with the entity is newer than this copy.
                await table.AddEntityAsync(ListRow(entity), cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }
        }

        await table.UpsertEntityAsync(new TableEntity(partition, Marker), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        indexed = true;
    }
}
