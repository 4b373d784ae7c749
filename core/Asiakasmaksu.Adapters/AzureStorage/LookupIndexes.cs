using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// The indexes an invoice gets once, at creation, before its header is written: client → invoices,
/// reference → invoice, and the registry of batches (partitions) that ListAll walks. An entry whose
/// invoice was never created (its import failed or crashed) is harmless: readers keep only entries
/// whose header exists.
/// </summary>
internal sealed class LookupIndexes(StoreTables tables)
{
    /// <summary>Writes the index rows of <paramref name="invoices"/>, several transactions at once.</summary>
    public Task AddAsync(IReadOnlyCollection<NewInvoice> invoices, int parallelism, CancellationToken cancellationToken)
    {
        var clients = invoices.Select(i => new TableEntity(StorageKeys.ClientBucket(i.State.Facts.ClientId), StorageKeys.ClientRow(i.State.Facts.ClientId, i.Id)) { ["InvoiceId"] = i.Id.Value });
        var references = invoices.Select(i => new TableEntity(StorageKeys.ReferenceBucket(i.State.Facts.Reference), StorageKeys.ReferenceRow(i.State.Facts.Reference, i.Id)) { ["InvoiceId"] = i.Id.Value });
        var batches = invoices.Select(i => new TableEntity("batches", StorageKeys.Partition(i.Id)) { ["BatchId"] = i.State.Facts.BatchId });
        return Task.WhenAll(
            TransactionChunks.UpsertAllAsync(tables.Clients, clients, parallelism, cancellationToken),
            TransactionChunks.UpsertAllAsync(tables.References, references, parallelism, cancellationToken),
            TransactionChunks.UpsertAllAsync(tables.Batches, batches, parallelism, cancellationToken));
    }

    /// <summary>The invoice ids the client index lists for <paramref name="clientId"/>, by id.</summary>
    public IAsyncEnumerable<InvoiceId> ForClientAsync(string clientId, CancellationToken cancellationToken) =>
        IdsAsync(tables.Clients, StorageKeys.ClientBucket(clientId), StorageKeys.ClientRows(clientId), cancellationToken);

    /// <summary>The invoice ids the reference index lists for <paramref name="reference"/>.</summary>
    public IAsyncEnumerable<InvoiceId> ForReferenceAsync(string reference, CancellationToken cancellationToken) =>
        IdsAsync(tables.References, StorageKeys.ReferenceBucket(reference), StorageKeys.ReferenceRows(reference), cancellationToken);

    /// <summary>Every invoice partition that has (or had an attempt at) invoices, in key order.</summary>
    public async IAsyncEnumerable<string> PartitionsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in tables.Batches.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"batches"}"), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return e.RowKey;
        }
    }

    private static async IAsyncEnumerable<InvoiceId> IdsAsync(TableClient table, string partition, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {StorageKeys.End(prefix)}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, select: ["InvoiceId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return new InvoiceId(e.GetString("InvoiceId") ?? string.Empty);
        }
    }
}
