using System.Text.Json;
using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Serialization;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>
/// The log of arrived files in an Azure table: partition = the kind (billing, payments), row = the
/// record's id (inverted instant first, so a page is one range read, newest first), the record as JSON.
/// </summary>
public sealed class AzureImportLog(TableClient table) : IImportLog
{
    /// <inheritdoc/>
    public Task AppendAsync(ImportedFileRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return table.UpsertEntityAsync(new TableEntity(record.Kind, record.Id) { ["Json"] = JsonSerializer.Serialize(record, DomainJson.Options) }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<ListPage<ImportedFileRecord>> ListPageAsync(string kind, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var filter = page.After is { } after
            ? TableClient.CreateQueryFilter($"PartitionKey eq {kind} and RowKey gt {after}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {kind}");
        var items = new List<ImportedFileRecord>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: page.Limit + 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (items.Count == page.Limit)
            {
                return new ListPage<ImportedFileRecord>(items, items[^1].Id);
            }

            items.Add(Read(e));
        }

        return new ListPage<ImportedFileRecord>(items, null);
    }

    /// <inheritdoc/>
    public async Task<ImportedFileRecord?> FindAsync(string kind, string id, CancellationToken cancellationToken)
    {
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(kind, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity.HasValue && entity.Value is { } e ? Read(e) : null;
    }

    private static ImportedFileRecord Read(TableEntity e) =>
        JsonSerializer.Deserialize<ImportedFileRecord>(e.GetString("Json")!, DomainJson.Options) ?? throw new InvalidOperationException("An import log record was stored as null.");
}
