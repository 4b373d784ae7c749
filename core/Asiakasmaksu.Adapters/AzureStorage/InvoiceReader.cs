using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Reads invoices: the header first (its ETag and event count are what the caller may commit
/// against), then the event pages up to that count, replayed through the decider into the state;
/// when the header holds the whole history (<see cref="HeaderHistory"/>), the header alone.
/// Pages of a later commit that landed meanwhile are ignored, so the history and token always agree.
/// The whole headers it reads, and those this store writes, are kept in <see cref="Recent"/>.
/// </summary>
internal sealed class InvoiceReader(StoreTables tables, LookupIndexes indexes)
{
    /// <summary>
    /// The whole headers this store has just read or written (key: invoice id), each as it stands under
    /// its ETag, so that a load that may be stale (an invoice's next wake-up) need not read it again.
    /// </summary>
    public RecentRecords Recent { get; } = new(maxChars: MaxKeptChars);

    /// <summary>
    /// Most characters a kept header may hold (its copy of the history, its line ids): a larger one is
    /// read each time, so that the headers kept stay within a few tens of megabytes.
    /// </summary>
    public const int MaxKeptChars = 32_000;

    /// <summary>The header of an invoice (all columns, or <paramref name="select"/>), or null.</summary>
    public async Task<TableEntity?> HeaderAsync(InvoiceId id, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        var found = await tables.Invoices.GetEntityIfExistsAsync<TableEntity>(StorageKeys.Partition(id), StorageKeys.Header(id), select, cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// The invoice with its history, or null. When <paramref name="mayBeStale"/>, from the header kept in
    /// <see cref="Recent"/> if there is one and it holds the whole history: the token is that header's
    /// ETag, so a commit against it conflicts if the invoice has changed since.
    /// </summary>
    public async Task<StoredInvoice?> LoadAsync(InvoiceId id, bool mayBeStale, CancellationToken cancellationToken)
    {
        if (mayBeStale && Recent.Peek(id.Value) is { } kept && InvoiceRows.Token(kept) is var keptToken && HeaderHistory.Read(kept, keptToken.Version) is { } keptHistory)
        {
            return Stored(id, keptHistory, keptToken, []) with { MayBeStale = true };
        }

        if (await HeaderAsync(id, null, cancellationToken).ConfigureAwait(false) is not { } header)
        {
            Recent.Take(id.Value);
            return null;
        }

        Recent.Remember(id.Value, header);
        var token = InvoiceRows.Token(header);
        if (HeaderHistory.Read(header, token.Version) is { } copied)
        {
            return Stored(id, copied, token, []);
        }

        var prefix = StorageKeys.EventPages(id);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {header.PartitionKey} and RowKey ge {prefix} and RowKey lt {StorageKeys.End(prefix)}");
        var history = new List<StoredEvent>(token.Version);
        var pendingAudit = new List<AuditRecord>();
        await foreach (var page in tables.Invoices.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (InvoiceRows.IsPendingAudit(page))
            {
                pendingAudit.Add(await InvoiceRows.ReadPendingAuditAsync(tables.Invoices, page, id, cancellationToken).ConfigureAwait(false));
            }
            else if ((page.GetInt32("First") ?? int.MaxValue) <= token.Version)
            {
                history.AddRange(await InvoiceRows.ReadPageAsync(tables.Invoices, page, id, cancellationToken).ConfigureAwait(false));
            }
        }

        if (history.Count != token.Version || history.Select((e, i) => e.Number != i + 1).Any(gap => gap))
        {
            throw new InvalidOperationException($"Invoice {id} has {history.Count} stored events but its header counts {token.Version}: the store is damaged.");
        }

        return Stored(id, history, token, pendingAudit);
    }

    private static StoredInvoice Stored(InvoiceId id, IReadOnlyList<StoredEvent> history, StoreToken token, IReadOnlyList<AuditRecord> pendingAudit)
    {
        var state = InvoiceDecider.Replay(InvoiceState.None, history.Select(h => h.Event)) as IssuedInvoice
            ?? throw new InvalidOperationException($"Invoice {id}'s history does not issue it: the store is damaged.");
        return new StoredInvoice(state, history, token.ToString(), token.WakeUp) { PendingAudit = pendingAudit };
    }

    /// <summary>Every invoice, by id.</summary>
    public async IAsyncEnumerable<InvoiceSummary> ListAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var partition in indexes.PartitionsAsync(cancellationToken).ConfigureAwait(false))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"h|"} and RowKey lt {"h}"}");
            await foreach (var header in tables.Invoices.QueryAsync<TableEntity>(filter, select: InvoiceRows.SummaryColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                yield return InvoiceRows.Summary(header);
            }
        }
    }

    /// <summary>The invoices of a client, by id; after <paramref name="afterId"/> when given (the headers of those before it are not read).</summary>
    public async IAsyncEnumerable<InvoiceSummary> ListForClientAsync(string clientId, string? afterId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var id in indexes.ForClientAsync(clientId, cancellationToken).ConfigureAwait(false))
        {
            if (afterId is not null && string.CompareOrdinal(id.Value, afterId) <= 0)
            {
                continue;
            }

            if (await HeaderAsync(id, InvoiceRows.SummaryColumns, cancellationToken).ConfigureAwait(false) is { } header && header.GetString("ClientId") == clientId)
            {
                yield return InvoiceRows.Summary(header);
            }
        }
    }

    /// <summary>The invoice that holds <paramref name="reference"/>, or null.</summary>
    public async Task<InvoiceId?> FindByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        await foreach (var id in indexes.ForReferenceAsync(reference, cancellationToken).ConfigureAwait(false))
        {
            if (await HeaderAsync(id, ["Reference"], cancellationToken).ConfigureAwait(false) is { } header && header.GetString("Reference") == reference)
            {
                return id;
            }
        }

        return null;
    }
}
