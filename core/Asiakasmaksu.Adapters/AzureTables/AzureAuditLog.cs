using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Paging;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureTables;

/// <summary>
/// The audit trail in an Azure table: append-only (AddEntity; an existing id is kept), partition
/// = the UTC day (yyyyMMdd), row = the record id (time-ordered). Queries read the days in range; a
/// page reads on from where the previous one ended.
/// </summary>
public sealed class AzureAuditLog(TableClient table) : IAuditLog
{
    /// <inheritdoc/>
    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Day(record.At), record.Id)
        {
            ["At"] = record.At,
            ["StaffId"] = record.StaffId,
            ["Role"] = record.Role,
            ["Action"] = record.Action,
            ["InvoiceId"] = record.InvoiceId,
            ["ClientId"] = record.ClientId,
            ["Outcome"] = record.Outcome,
            ["Why"] = record.Why,
            ["RefusalReason"] = record.RefusalReason,
            ["Before"] = record.Before,
            ["After"] = record.After,
            ["Details"] = record.Details,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Appending the same id twice keeps the first.
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<AuditRecord> QueryAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var results = new List<AuditRecord>();
        await foreach (var record in MatchesAsync(query, null, cancellationToken).ConfigureAwait(false))
        {
            results.Add(record);
        }

        foreach (var record in results.OrderBy(r => r.At).ThenBy(r => r.Id, StringComparer.Ordinal).TakeLast(query.Max))
        {
            yield return record;
        }
    }

    /// <summary>
    /// A page of the matching records in the table's order (the UTC day, then the time-ordered id),
    /// read from where the previous page ended; positions are <c>{day}|{id}</c>.
    /// </summary>
    public Task<ListPage<AuditRecord>> QueryPageAsync(AuditQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        return Pages.TakeAsync(MatchesAsync(query, page.After, cancellationToken), Position, page, cancellationToken);
    }

    /// <summary>The records matching <paramref name="query"/> after the position <paramref name="after"/>, in the table's order.</summary>
    private async IAsyncEnumerable<AuditRecord> MatchesAsync(AuditQuery query, string? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filters = new List<string>();
        if (query.From is { } from)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey ge {Day(from)}"));
        }

        if (query.To is { } to)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey le {Day(to)}"));
        }

        if (after?.Split('|', 2) is [var afterDay, var afterId])
        {
            filters.Add(TableClient.CreateQueryFilter($"(PartitionKey gt {afterDay} or (PartitionKey eq {afterDay} and RowKey gt {afterId}))"));
        }

        if (query.InvoiceId is { } invoiceId)
        {
            filters.Add(TableClient.CreateQueryFilter($"InvoiceId eq {invoiceId}"));
        }

        if (query.ClientId is { } clientId)
        {
            filters.Add(TableClient.CreateQueryFilter($"ClientId eq {clientId}"));
        }

        await foreach (var e in table.QueryAsync<TableEntity>(filters.Count == 0 ? null : string.Join(" and ", filters), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var record = new AuditRecord(
                e.RowKey,
                e.GetDateTimeOffset("At") ?? default,
                e.GetString("StaffId") ?? string.Empty,
                e.GetString("Role") ?? string.Empty,
                e.GetString("Action") ?? string.Empty,
                e.GetString("InvoiceId"),
                e.GetString("ClientId"),
                e.GetString("Outcome") ?? string.Empty,
                e.GetString("Why") ?? string.Empty,
                e.GetString("RefusalReason"),
                e.GetString("Before"),
                e.GetString("After"),
                e.GetString("Details") ?? string.Empty);
            if ((query.From is null || record.At >= query.From) && (query.To is null || record.At < query.To))
            {
                yield return record;
            }
        }
    }

    private static string Position(AuditRecord record) => $"{Day(record.At)}|{record.Id}";

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
