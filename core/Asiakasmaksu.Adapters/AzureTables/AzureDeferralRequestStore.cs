using System.Runtime.CompilerServices;
using System.Text.Json;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Serialization;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>Deferral requests in an Azure table: one partition, row = request id, the request as JSON, its status as a column; completion under the ETag so two deciders cannot both win.</summary>
public sealed class AzureDeferralRequestStore(TableClient table) : IDeferralRequestStore
{
    private const string Partition = "requests";

    /// <inheritdoc/>
    public async Task AddAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(ToEntity(request), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
    }

    /// <inheritdoc/>
    public async Task<DeferralRequest?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity.HasValue && entity.Value is { } e ? FromEntity(e) : null;
    }

    /// <inheritdoc/>
    public async Task<bool> CompleteAsync(DeferralRequest decided, CancellationToken cancellationToken)
    {
        var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, decided.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!current.HasValue || current.Value is not { } entity || entity.GetString("Status") != "pending")
        {
            return false;
        }

        try
        {
            await table.UpdateEntityAsync(ToEntity(decided), entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<DeferralRequest> ListAsync(string? status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = status is null ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition}") : TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Status eq {status}");
        var list = new List<DeferralRequest>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(FromEntity(e));
        }

        foreach (var request in list.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            yield return request;
        }
    }

    private static TableEntity ToEntity(DeferralRequest r) => new(Partition, r.Id)
    {
        ["Status"] = r.Status,
        ["InvoiceId"] = r.InvoiceId.Value,
        ["Json"] = JsonSerializer.Serialize(r, DomainJson.Options),
    };

    private static DeferralRequest FromEntity(TableEntity e) =>
        JsonSerializer.Deserialize<DeferralRequest>(e.GetString("Json")!, DomainJson.Options) ?? throw new InvalidOperationException("A deferral request was stored as null.");
}
