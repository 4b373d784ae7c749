using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Creates an import's invoices fast and idempotently (docs/storage.md): which exist already (one
/// range read per batch partition), the line claims, then the indexes, schedule entries and outbox
/// intents, and last the invoices themselves, as entity-group transactions of whole invoices
/// (header, event page, notice rows) per batch partition, several at once. Invoices that share an
/// id or a line with an earlier one of the same call wait for a later round, so the outcome is as
/// if they were created one after another.
/// </summary>
internal sealed partial class InvoiceCreator(StoreTables tables, LookupIndexes indexes, OutboxWriter outbox, InvoiceReader reader, AzureStorageOptions options)
{
    private const int RangeReadFrom = 20;

    private readonly LineClaims claims = new(tables.Invoices, options.MaxParallelBatches);

    private ParallelOptions Parallelism(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelBatches), CancellationToken = cancellationToken };

    /// <summary>Creates <paramref name="invoices"/>; one outcome each, in order.</summary>
    public async Task<IReadOnlyList<CreateOutcome>> CreateAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken)
    {
        foreach (var invoice in invoices)
        {
            Check(invoice);
        }

        var outcomes = new CreateOutcome?[invoices.Count];
        var waiting = Enumerable.Range(0, invoices.Count).ToList();
        while (waiting.Count > 0)
        {
            var round = new List<int>();
            var later = new List<int>();
            var ids = new HashSet<InvoiceId>();
            var lines = new HashSet<(string, string)>();
            foreach (var i in waiting)
            {
                var invoice = invoices[i];
                var own = invoice.Lines.Select(l => (invoice.State.Facts.BatchId, l.LineId)).ToList();
                if (ids.Contains(invoice.Id) || own.Any(lines.Contains))
                {
                    later.Add(i);
                    continue;
                }

                ids.Add(invoice.Id);
                lines.UnionWith(own);
                round.Add(i);
            }

            var done = await RoundAsync([.. round.Select(i => invoices[i])], cancellationToken).ConfigureAwait(false);
            foreach (var i in round)
            {
                outcomes[i] = done[invoices[i].Id];
            }

            waiting = later;
        }

        return [.. outcomes.Select(o => o!)];
    }

    private static void Check(NewInvoice invoice)
    {
        if (invoice.State.Version != invoice.Events.Count || invoice.Events.Count == 0)
        {
            throw new ArgumentException($"Invoice {invoice.Id}: a new invoice's state must follow its {invoice.Events.Count} events.", nameof(invoice));
        }

        if (invoice.Notices.Count > InvoiceCommitter.MaxNoticesPerCommit)
        {
            throw new ArgumentException($"Invoice {invoice.Id}: a new invoice carries at most {InvoiceCommitter.MaxNoticesPerCommit} notices.", nameof(invoice));
        }
    }

    private async Task<Dictionary<InvoiceId, CreateOutcome>> RoundAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<InvoiceId, CreateOutcome>();
        var existing = await ExistingAsync(invoices, cancellationToken).ConfigureAwait(false);
        var candidates = new List<NewInvoice>();
        foreach (var invoice in invoices)
        {
            if (existing.TryGetValue(invoice.Id, out var header))
            {
                outcomes[invoice.Id] = await ExistsOutcomeAsync(invoice, header, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                candidates.Add(invoice);
            }
        }

        var claimed = await claims.ClaimAsync(candidates, cancellationToken).ConfigureAwait(false);
        var create = new List<NewInvoice>();
        foreach (var invoice in candidates)
        {
            var result = claimed[invoice.Id];
            if (result.Conflicts.Count > 0)
            {
                await claims.ReleaseAsync(result.Added, cancellationToken).ConfigureAwait(false);
                outcomes[invoice.Id] = new CreateOutcome.LineConflicts(invoice.Id, result.Conflicts);
            }
            else
            {
                create.Add(invoice);
            }
        }

        await Task.WhenAll(
            indexes.AddAsync(create, options.MaxParallelBatches, cancellationToken),
            TransactionChunks.UpsertAllAsync(tables.Schedule, create.Where(i => i.NextWakeUp is not null).Select(i => ScheduleIndex.Entry(i.Id, i.NextWakeUp!.Value, ScheduleIndex.CreationSeq)), options.MaxParallelBatches, cancellationToken),
            outbox.AddIntentsAsync([.. create.SelectMany(i => i.Notices.Select(n => new OutboxWriter.Intent(n, i.Id, 0, i.RecordedAt)))], options.MaxParallelBatches, cancellationToken)).ConfigureAwait(false);

        // An invoice that another import created meanwhile keeps the claims added here: they name the
        // same invoice id, and that import may have taken them as its own.
        foreach (var (id, outcome) in await WriteAsync(create, cancellationToken).ConfigureAwait(false))
        {
            outcomes[id] = outcome;
        }

        return outcomes;
    }

    /// <summary>
    /// The headers of those of <paramref name="invoices"/> that exist (with their import id and line
    /// ids, so that a rerun resolves what it finds without another read per invoice).
    /// </summary>
    private async Task<Dictionary<InvoiceId, TableEntity>> ExistingAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken)
    {
        var found = new Dictionary<InvoiceId, TableEntity>();
        await Parallel.ForEachAsync(invoices.GroupBy(i => StorageKeys.Partition(i.Id), StringComparer.Ordinal), Parallelism(cancellationToken), async (partition, ct) =>
        {
            var wanted = partition.Select(i => i.Id).ToHashSet();
            var headers = new List<TableEntity>();
            if (wanted.Count >= RangeReadFrom)
            {
                // Only the key range the wanted ids span: an import sends invoices sorted by id, so
                // a chunk's range holds about the chunk itself, not every invoice of the batch so far.
                var keys = wanted.Select(StorageKeys.Header).Order(StringComparer.Ordinal).ToList();
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition.Key} and RowKey ge {keys[0]} and RowKey le {keys[^1]}");
                await foreach (var header in tables.Invoices.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
                {
                    headers.Add(header);
                }
            }
            else
            {
                foreach (var id in wanted)
                {
                    if (await reader.HeaderAsync(id, null, ct).ConfigureAwait(false) is { } header)
                    {
                        headers.Add(header);
                    }
                }
            }

            lock (found)
            {
                foreach (var header in headers.Where(h => wanted.Contains(new InvoiceId(h.GetString("InvoiceId") ?? string.Empty))))
                {
                    found[new InvoiceId(header.GetString("InvoiceId")!)] = header;
                }
            }
        }).ConfigureAwait(false);
        return found;
    }

    private async Task<CreateOutcome> ExistsOutcomeAsync(NewInvoice invoice, TableEntity header, CancellationToken cancellationToken)
    {
        var held = await InvoiceRows.ReadLineIdsAsync(tables.Invoices, header, cancellationToken).ConfigureAwait(false);
        return header.GetString("ImportId") == invoice.ImportId
            ? new CreateOutcome.CreatedEarlier(invoice.Id) { HeldLineIds = held }
            : new CreateOutcome.AlreadyExists(invoice.Id, held);
    }
}
