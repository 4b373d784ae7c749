using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Search;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>
/// The client search index in an Azure table (docs/storage.md, "Client search"): a name row per word
/// of each client's name (partition <c>n-</c> and the word's first letter, row <c>{word}|{clientId}</c>,
/// so a prefix is one range read) and a row per henkilötunnus hash (partition <c>p-</c> and the hash's
/// first two hex digits, row <c>{hash}|{clientId}</c>). It holds names and client ids, never a
/// henkilötunnus: only its keyed hash.
/// </summary>
public sealed class AzureClientSearchIndex(TableClient table) : IClientSearchIndex
{
    /// <inheritdoc/>
    public Task AddAsync(IReadOnlyCollection<ClientIndexEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var rows = new List<TableEntity>();
        foreach (var entry in entries)
        {
            foreach (var word in SearchText.Words(entry.Name).Distinct(StringComparer.Ordinal))
            {
                rows.Add(new TableEntity(NamePartition(word), SearchKeys.NameRow(StorageKeys.Escape(word), StorageKeys.Escape(entry.ClientId))) { ["ClientId"] = entry.ClientId, ["Name"] = entry.Name });
            }

            if (entry.PersonalIdentityHash is { } hash)
            {
                rows.Add(new TableEntity(HashPartition(hash), $"{hash}|{StorageKeys.Escape(entry.ClientId)}") { ["ClientId"] = entry.ClientId, ["Name"] = entry.Name });
            }
        }

        return TransactionChunks.UpsertAllAsync(table, rows, 4, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<ListPage<IndexedClient>> FindByNameWordAsync(string word, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(page);
        var prefix = StorageKeys.Escape(word);
        var from = page.After is { } after && string.CompareOrdinal(after, prefix) > 0 ? after : null;
        var filter = from is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {NamePartition(word)} and RowKey ge {prefix} and RowKey lt {SearchKeys.AfterPrefix(prefix)}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {NamePartition(word)} and RowKey gt {from} and RowKey lt {SearchKeys.AfterPrefix(prefix)}");
        var items = new List<(string Row, IndexedClient Client)>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: page.Limit + 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (items.Count == page.Limit)
            {
                return new ListPage<IndexedClient>([.. items.Select(i => i.Client)], items[^1].Row);
            }

            items.Add((e.RowKey, new IndexedClient(e.GetString("ClientId") ?? string.Empty, e.GetString("Name") ?? string.Empty)));
        }

        return new ListPage<IndexedClient>([.. items.Select(i => i.Client)], null);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<IndexedClient>> FindByPersonalIdentityAsync(string hash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {HashPartition(hash)} and RowKey gt {hash + "|"} and RowKey lt {hash + "}"}");
        var clients = new List<IndexedClient>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            clients.Add(new IndexedClient(e.GetString("ClientId") ?? string.Empty, e.GetString("Name") ?? string.Empty));
        }

        return clients;
    }

    private static string NamePartition(string word) => "n-" + StorageKeys.Escape(word[..1]);

    private static string HashPartition(string hash) => "p-" + hash[..2];
}
