using System.Runtime.CompilerServices;
using System.Text.Json;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Serialization;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>
/// Unmatched bank payments in an Azure table: one partition, row = entry id, the entry as JSON, its
/// status as a column; allocation under the ETag so two staff cannot both win. Beside each entry, a
/// list row by booking date (<see cref="SortedListRows"/>), written in the same transaction, so that a
/// page of the list is one range read however many entries there are.
/// </summary>
public sealed class AzureUnmatchedPaymentStore(TableClient table) : IUnmatchedPaymentStore
{
    private const string Partition = "unmatched";

    private readonly SortedListRows list = new(table, Partition, e => PageKeys.Of(FromEntity(e)));

    /// <inheritdoc/>
    public Task<bool> AddAsync(UnmatchedPayment entry, CancellationToken cancellationToken) => list.AddAsync(ToEntity(entry), cancellationToken);

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

        return await list.ReplaceAsync(ToEntity(allocated), entity.ETag, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<UnmatchedPayment> ListAsync(string? status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entries = new List<UnmatchedPayment>();
        await foreach (var e in table.QueryAsync<TableEntity>(list.EntitiesFilter(status), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(FromEntity(e));
        }

        foreach (var entry in entries.OrderBy(e => e.BookingDate).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            yield return entry;
        }
    }

    /// <inheritdoc/>
    public Task<ListPage<UnmatchedPayment>> ListPageAsync(string? status, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Pages.TakeAsync(list.ReadAsync(status, page.After, cancellationToken).Select(r => FromEntity(r.Row)), e => PageKeys.Of(e), page, cancellationToken);
    }

    private static TableEntity ToEntity(UnmatchedPayment e) => new(Partition, e.Id)
    {
        ["Status"] = e.Status,
        ["Json"] = JsonSerializer.Serialize(e, DomainJson.Options),
    };

    private static UnmatchedPayment FromEntity(TableEntity e) =>
        JsonSerializer.Deserialize<UnmatchedPayment>(e.GetString("Json")!, DomainJson.Options) ?? throw new InvalidOperationException("An unmatched payment was stored as null.");
}
