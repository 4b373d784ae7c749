using System.Runtime.CompilerServices;
using System.Text.Json;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Serialization;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>
/// Deferral requests in an Azure table: one partition, row = request id, the request as JSON, its
/// status as a column; completion under the ETag so two deciders cannot both win. Beside each request,
/// a list row by the time it was made (<see cref="SortedListRows"/>), written in the same transaction,
/// so that a page of the list is one range read.
/// </summary>
public sealed class AzureDeferralRequestStore(TableClient table) : IDeferralRequestStore
{
    private const string Partition = "requests";

    private readonly SortedListRows list = new(table, Partition, e => PageKeys.Of(FromEntity(e)));

    /// <inheritdoc/>
    public Task AddAsync(DeferralRequest request, CancellationToken cancellationToken) => list.AddAsync(ToEntity(request), cancellationToken);

    /// <inheritdoc/>
    public async Task<DeferralRequest?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity.HasValue && entity.Value is { } e ? FromEntity(e) : null;
    }

    /// <inheritdoc/>
    public Task<bool> CompleteAsync(DeferralRequest decided, CancellationToken cancellationToken) =>
        ReviseAsync(decided, "pending", cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> ReviseAsync(DeferralRequest revised, string fromStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revised);
        var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, revised.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!current.HasValue || current.Value is not { } entity || entity.GetString("Status") != fromStatus)
        {
            return false;
        }

        return await list.ReplaceAsync(ToEntity(revised), entity.ETag, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<DeferralRequest> ListAsync(string? status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var requests = new List<DeferralRequest>();
        await foreach (var e in table.QueryAsync<TableEntity>(list.EntitiesFilter(status), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            requests.Add(FromEntity(e));
        }

        foreach (var request in requests.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            yield return request;
        }
    }

    /// <inheritdoc/>
    public Task<ListPage<DeferralRequest>> ListPageAsync(string? status, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Pages.TakeAsync(list.ReadAsync(status, page.After, cancellationToken).Select(r => FromEntity(r.Row)), r => PageKeys.Of(r), page, cancellationToken);
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
