using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Serialization;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// The rows of an invoice's partition: the header (what lists show, the commit sequence number, the
/// wake-up day; its ETag is the concurrency token), event pages (the events of one commit as a JSON
/// array) and notice rows (one per notice, JSON). Dates are stored as yyyy-MM-dd text ("" for none)
/// and money as "0.00" text, so that a commit can merge the header and clear a date.
/// </summary>
internal static class InvoiceRows
{
    /// <summary>The header columns lists read.</summary>
    public static readonly IReadOnlyList<string> SummaryColumns =
        ["InvoiceId", "BatchId", "ClientId", "InvoiceDate", "DueDate", "NoticeDueDate", "Amount", "Status", "Stage", "Balance", "NextWakeUp", "Version", "Seq", "Reference", "ImportId"];

    /// <summary>The header column that names the schedule entry of the header's wake-up: the sequence number its writer started from.</summary>
    public const string WakeSeqColumn = "WakeSeq";

    /// <summary>
    /// The header columns that change with a commit (merged, so the creation columns stay);
    /// <paramref name="addedEntrySeq"/> is the sequence number of the schedule entry this write added
    /// for <paramref name="wakeUp"/>, when it added one (otherwise the header keeps naming the old one).
    /// </summary>
    public static TableEntity HeaderUpdate(InvoiceId id, IssuedInvoice state, DateOnly? wakeUp, long? addedEntrySeq, long seq, string commitId, DateTimeOffset at)
    {
        var header = new TableEntity(StorageKeys.Partition(id), StorageKeys.Header(id))
        {
            ["InvoiceId"] = id.Value,
            ["DueDate"] = Text(state.DueDate),
            ["NoticeDueDate"] = Text(state.Stage.DueDate),
            ["Amount"] = state.Facts.Amount.ToString(),
            ["Status"] = state.Status,
            ["Stage"] = state.Stage.Name,
            ["Balance"] = state.Ledger.Total.ToString(),
            ["NextWakeUp"] = Text(wakeUp),
            ["Version"] = state.Version,
            ["Seq"] = seq,
            ["CommitId"] = commitId,
            ["UpdatedAt"] = at,
        };
        if (addedEntrySeq is { } entrySeq)
        {
            header[WakeSeqColumn] = entrySeq;
        }

        return header;
    }

    /// <summary>The whole header of a new invoice (sequence 1) and the overflow rows of its line ids, if they are many.</summary>
    public static (TableEntity Header, IReadOnlyList<TableEntity> Overflow) NewHeader(NewInvoice invoice, string commitId)
    {
        var header = HeaderUpdate(invoice.Id, invoice.State, invoice.NextWakeUp, invoice.NextWakeUp is null ? null : ScheduleIndex.CreationSeq, 1, commitId, invoice.RecordedAt);
        var facts = invoice.State.Facts;
        header["BatchId"] = facts.BatchId;
        header["ClientId"] = facts.ClientId;
        header["InvoiceDate"] = Text(facts.InvoiceDate);
        header["Reference"] = facts.Reference;
        if (facts.InvoiceNumber is { } number)
        {
            header["InvoiceNumber"] = number;
        }

        header["ImportId"] = invoice.ImportId;
        header["CreatedAt"] = invoice.RecordedAt;
        var lines = JsonSerializer.Serialize(invoice.Lines.Select(l => l.LineId).ToList(), DomainJson.Options);
        return (header, Payload.Put(header, "L", lines, StorageKeys.Id(invoice.Id)));
    }

    /// <summary>The page of <paramref name="events"/>, numbered from <paramref name="first"/>, written by commit <paramref name="commitId"/>.</summary>
    public static (TableEntity Page, IReadOnlyList<TableEntity> Overflow) EventPage(InvoiceId id, int first, IReadOnlyList<InvoiceEvent> events, DateTimeOffset at, string commitId)
    {
        var page = new TableEntity(StorageKeys.Partition(id), StorageKeys.EventPage(id, first))
        {
            ["First"] = first,
            ["Count"] = events.Count,
            ["RecordedAt"] = at,
            ["CommitId"] = commitId,
        };
        var json = JsonSerializer.Serialize(events, DomainJson.Options);
        return (page, Payload.Put(page, "J", json, StorageKeys.Id(id)));
    }

    /// <summary>The row of a notice that a commit of invoice <paramref name="id"/> caused.</summary>
    public static (TableEntity Row, IReadOnlyList<TableEntity> Overflow) NoticeRow(InvoiceId id, Notice notice, DateTimeOffset at)
    {
        var row = new TableEntity(StorageKeys.Partition(id), StorageKeys.NoticeRow(id, notice.Id))
        {
            ["NoticeId"] = notice.Id,
            ["StoredAt"] = at,
        };
        return (row, Payload.Put(row, "J", JsonSerializer.Serialize(notice, DomainJson.Options), StorageKeys.Id(id)));
    }

    /// <summary>The row of an audit record committed with a change (<see cref="StorageKeys.PendingAuditRow"/>) and what overflows it.</summary>
    public static (TableEntity Row, IReadOnlyList<TableEntity> Overflow) PendingAuditRow(InvoiceId id, AuditRecord record)
    {
        var row = new TableEntity(StorageKeys.Partition(id), StorageKeys.PendingAuditRow(id, record.Id)) { ["AuditId"] = record.Id };
        return (row, Payload.Put(row, "J", JsonSerializer.Serialize(record), StorageKeys.Id(id)));
    }

    /// <summary>Whether <paramref name="row"/> (read with the event pages) is a pending audit record.</summary>
    public static bool IsPendingAudit(TableEntity row) => row.GetString("AuditId") is not null;

    /// <summary>Reads a pending audit row's record.</summary>
    public static async Task<AuditRecord> ReadPendingAuditAsync(TableClient table, TableEntity row, InvoiceId id, CancellationToken cancellationToken)
    {
        var json = await Payload.GetAsync(table, row, "J", StorageKeys.Id(id), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Audit row {row.RowKey} holds no record: the store is damaged.");
        return JsonSerializer.Deserialize<AuditRecord>(json) ?? throw new InvalidOperationException("An audit record was stored as null.");
    }

    /// <summary>Reads a notice row's notice.</summary>
    public static async Task<Notice> ReadNoticeAsync(TableClient table, TableEntity row, string owner, CancellationToken cancellationToken)
    {
        var json = await Payload.GetAsync(table, row, "J", owner, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Notice row {row.RowKey} holds no notice: the store is damaged.");
        return JsonSerializer.Deserialize<Notice>(json, DomainJson.Options) ?? throw new InvalidOperationException("A notice was stored as null.");
    }

    /// <summary>Reads the events of a page, numbered.</summary>
    public static async Task<IReadOnlyList<StoredEvent>> ReadPageAsync(TableClient table, TableEntity page, InvoiceId id, CancellationToken cancellationToken)
    {
        var json = await Payload.GetAsync(table, page, "J", StorageKeys.Id(id), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Event page {page.RowKey} holds no events: the store is damaged.");
        var events = JsonSerializer.Deserialize<List<InvoiceEvent>>(json, DomainJson.Options) ?? [];
        var first = page.GetInt32("First") ?? 0;
        var at = page.GetDateTimeOffset("RecordedAt") ?? default;
        return [.. events.Select((e, i) => new StoredEvent(first + i, at, e))];
    }

    /// <summary>The line ids a header's invoice was created with.</summary>
    public static async Task<IReadOnlySet<string>> ReadLineIdsAsync(TableClient table, TableEntity header, CancellationToken cancellationToken)
    {
        var json = await Payload.GetAsync(table, header, "L", StorageKeys.Escape(header.GetString("InvoiceId") ?? string.Empty), cancellationToken).ConfigureAwait(false);
        return json is null ? new HashSet<string>(StringComparer.Ordinal) : (JsonSerializer.Deserialize<List<string>>(json, DomainJson.Options) ?? []).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The summary a header holds.</summary>
    public static InvoiceSummary Summary(TableEntity header) => new(
        new InvoiceId(header.GetString("InvoiceId") ?? string.Empty),
        header.GetString("BatchId") ?? string.Empty,
        header.GetString("ClientId") ?? string.Empty,
        Date(header.GetString("InvoiceDate")) ?? default,
        Date(header.GetString("DueDate")),
        Date(header.GetString("NoticeDueDate")),
        Amount(header.GetString("Amount")),
        header.GetString("Status") ?? string.Empty,
        header.GetString("Stage") ?? string.Empty,
        Amount(header.GetString("Balance")),
        Date(header.GetString("NextWakeUp")),
        header.GetInt32("Version") ?? 0);

    /// <summary>A header's commit sequence number.</summary>
    public static long Seq(TableEntity header) => header.GetInt64("Seq") ?? 0;

    /// <summary>A header's wake-up day.</summary>
    public static DateOnly? WakeUp(TableEntity header) => Date(header.GetString("NextWakeUp"));

    /// <summary>The token a loaded header gives.</summary>
    public static StoreToken Token(TableEntity header) =>
        new(Seq(header), header.GetInt32("Version") ?? 0, WakeUp(header), header.ETag) { WakeSeq = WakeUp(header) is null ? null : header.GetInt64(WakeSeqColumn) };

    private static string Text(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static DateOnly? Date(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Money Amount(string? text) =>
        string.IsNullOrEmpty(text) ? Money.Zero : Money.Of(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));
}
