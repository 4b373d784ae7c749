using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// The outbox notices of one invoice, found from the invoice's own partition rather than by
/// scanning the outbox, in one range read (<c>n|{invoice}|…</c>): the notice rows its commits wrote
/// and the pointers to standalone notices added for it (<c>n|{invoice}|a|…</c>, written before their
/// outbox record), each resolved through its outbox record, a point read in the notice's shard,
/// which is kept for the claim that follows (<see cref="OutboxWriter.Recent"/>).
/// </summary>
internal sealed class OutboxInvoiceNotices(StoreTables tables, OutboxWriter records, OutboxNoticeReader notices)
{
    private const int ReadAtOnce = 8;

    /// <summary>
    /// Writes the pointer from <paramref name="notice"/>'s invoice to it (nothing for a notice of no
    /// invoice). Idempotent, and written before the notice's record: a pointer without a record
    /// (a crash between the two) is skipped by readers and completed when the add is retried.
    /// </summary>
    public async Task PointToAsync(Notice notice, CancellationToken cancellationToken)
    {
        if (notice.InvoiceId is not { } invoice)
        {
            return;
        }

        var pointer = new TableEntity(StorageKeys.Partition(invoice), StorageKeys.AddedNoticeRow(invoice, notice.Id))
        {
            ["NoticeId"] = notice.Id,
            ["InvoiceId"] = invoice.Value,
        };
        await tables.Invoices.UpsertEntityAsync(pointer, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The notices of <paramref name="invoice"/> (whose <see cref="Notice.InvoiceId"/> it is) pending at <paramref name="now"/>, by notice id.</summary>
    public async IAsyncEnumerable<OutboxEntry> PendingAsync(InvoiceId invoice, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One range: the pointers sit among the notice rows (StorageKeys.AddedNoticeRow).
        var rows = (await RowsAsync(StorageKeys.Partition(invoice), StorageKeys.NoticeRows(invoice), cancellationToken).ConfigureAwait(false))
            .DistinctBy(r => r.GetString("NoticeId") ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        var entries = new OutboxEntry?[rows.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, rows.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ReadAtOnce, CancellationToken = cancellationToken },
            async (i, ct) => entries[i] = await ResolveAsync(rows[i], invoice, now, ct).ConfigureAwait(false)).ConfigureAwait(false);
        foreach (var entry in entries.OfType<OutboxEntry>().OrderBy(e => e.Notice.Id, StringComparer.Ordinal))
        {
            yield return entry;
        }
    }

    /// <summary>The entry of one row (a committed notice or a pointer) when its notice is pending, else null.</summary>
    private async Task<OutboxEntry?> ResolveAsync(TableEntity row, InvoiceId invoice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var noticeId = row.GetString("NoticeId") ?? string.Empty;
        if (await records.RecordAsync(noticeId, cancellationToken).ConfigureAwait(false) is not { } record || !OutboxRows.PendingAt(record, now))
        {
            return null;
        }

        var notice = StorageKeys.IsAddedNoticeRow(invoice, row.RowKey)
            ? await notices.OfRecordAsync(record, cancellationToken).ConfigureAwait(false)
            : await InvoiceRows.ReadNoticeAsync(tables.Invoices, row, StorageKeys.Id(invoice), cancellationToken).ConfigureAwait(false);
        if (notice?.InvoiceId != invoice)
        {
            return null;
        }

        // The invoice's wake-up claims it next: that claim need not read the record again.
        records.Recent.Remember(noticeId, record);
        return OutboxRows.Entry(record, notice);
    }

    private async Task<List<TableEntity>> RowsAsync(string partition, string prefix, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {StorageKeys.End(prefix)}");
        await foreach (var row in tables.Invoices.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
