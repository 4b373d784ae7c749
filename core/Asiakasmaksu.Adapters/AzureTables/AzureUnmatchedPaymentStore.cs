using System.Runtime.CompilerServices;
using System.Text.Json;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Serialization;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>Unmatched bank payments in an Azure table: one partition, row = entry id, the entry as JSON, its status as a column; allocation under the ETag so two staff cannot both win.</summary>
public sealed class AzureUnmatchedPaymentStore(TableClient table) : IUnmatchedPaymentStore
{
    private const string Partition = "unmatched";

    /// <inheritdoc/>
    public async Task<bool> AddAsync(UnmatchedPayment entry, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(ToEntity(entry), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public async Task<UnmatchedPayment?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity.HasValue && entity.Value is { } e ? FromEntity(e) : null;
    }

    /// <inheritdoc/>
    public async Task<bool> MarkAllocatedAsync(UnmatchedPayment allocated, CancellationToken cancellationToken)
    {
        var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, allocated.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!current.HasValue || current.Value is not { } entity || entity.GetString("Status") != UnmatchedPayment.Open)
        {
            return false;
        }

        try
        {
            await table.UpdateEntityAsync(ToEntity(allocated), entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<UnmatchedPayment> ListAsync(string? status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = status is null ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition}") : TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Status eq {status}");
        var list = new List<UnmatchedPayment>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(FromEntity(e));
        }

        foreach (var entry in list.OrderBy(e => e.BookingDate).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            yield return entry;
        }
    }

    private static TableEntity ToEntity(UnmatchedPayment e) => new(Partition, e.Id)
    {
        ["Status"] = e.Status,
        ["Json"] = JsonSerializer.Serialize(e, DomainJson.Options),
    };

    private static UnmatchedPayment FromEntity(TableEntity e) =>
        JsonSerializer.Deserialize<UnmatchedPayment>(e.GetString("Json")!, DomainJson.Options) ?? throw new InvalidOperationException("An unmatched payment was stored as null.");
}
