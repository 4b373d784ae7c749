using System.Text.Json;
using Asiakasmaksu.Application.Serialization;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Reads the notice an outbox record (or queue entry) points to: a standalone notice is held by the
/// record itself; a notice of an invoice commit is its row in the invoice's partition, which exists
/// only once the commit's transaction has written it.
/// </summary>
internal sealed class OutboxNoticeReader(StoreTables tables)
{
    /// <summary>The notice of <paramref name="record"/>, or null while it is an intent whose commit has not written the notice.</summary>
    public async Task<Notice?> OfRecordAsync(TableEntity record, CancellationToken cancellationToken) =>
        record.GetString("Source") == OutboxRows.StandaloneSource
            ? await StandaloneAsync(record, cancellationToken).ConfigureAwait(false)
            : await CommittedAsync(record, cancellationToken).ConfigureAwait(false);

    /// <summary>The notice a standalone record holds.</summary>
    public async Task<Notice> StandaloneAsync(TableEntity record, CancellationToken cancellationToken)
    {
        var noticeId = record.GetString("NoticeId") ?? string.Empty;
        var json = await Payload.GetAsync(tables.Outbox, record, "J", StorageKeys.Escape(noticeId), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The outbox record of {noticeId} holds no notice: the store is damaged.");
        return JsonSerializer.Deserialize<Notice>(json, DomainJson.Options)
            ?? throw new InvalidOperationException("A notice was stored as null.");
    }

    /// <summary>The committed notice an invoice record (or its queue entry) points to, or null when its row does not exist.</summary>
    public async Task<Notice?> CommittedAsync(TableEntity pointer, CancellationToken cancellationToken)
    {
        var partition = pointer.GetString("InvoicePartition") ?? string.Empty;
        var rowKey = pointer.GetString("NoticeRow") ?? string.Empty;
        var invoice = new InvoiceId(pointer.GetString("InvoiceId") ?? string.Empty);
        var row = await tables.Invoices.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } found
            ? await InvoiceRows.ReadNoticeAsync(tables.Invoices, found, StorageKeys.Id(invoice), cancellationToken).ConfigureAwait(false)
            : null;
    }
}
