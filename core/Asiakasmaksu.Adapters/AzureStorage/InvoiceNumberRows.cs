using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Readable invoice numbers on Table Storage (docs/storage.md, "Invoice numbers"). Three kinds of row:
/// the sequence (one row in the batches table, moved on under its ETag, so racing imports reserve
/// disjoint blocks), the claim <c>i|{invoice}</c> in the invoice's partition (added, never replaced: the
/// first claim of an invoice id holds for good), and the index row number → invoice in the reference
/// index's table. Per call: read the claims, reserve one block for the invoices without one, write the
/// index rows of the new numbers, then add the claims; an invoice whose claim another writer added
/// first takes that writer's number. A crash at any step leaves either nothing visible or claims
/// whose index rows already exist; a rerun reads the claims back. Numbers reserved and not claimed
/// are gaps; an index row whose claim lost points to an invoice whose header has another number and
/// is ignored by <see cref="FindAsync"/>.
/// </summary>
internal sealed class InvoiceNumberRows(StoreTables tables, InvoiceReader reader, int parallelism)
{
    private const string SequencePartition = "sequences";
    private const string SequenceRow = "invoice-number";
    private const int PointReadsBelow = 20;

    /// <summary>The number of each of <paramref name="invoices"/>, in order (see <see cref="Application.Store.IInvoiceStore.AllocateInvoiceNumbersAsync"/>).</summary>
    public async Task<IReadOnlyList<string>> AllocateAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken)
    {
        var distinct = invoices.Distinct().ToList();
        var numbers = await ReadClaimsAsync(distinct, cancellationToken).ConfigureAwait(false);
        var missing = distinct.Where(id => !numbers.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var first = await ReserveAsync(missing.Count, cancellationToken).ConfigureAwait(false);
            var candidates = missing.Select((id, i) => (Id: id, Number: InvoiceNumbers.FromSequence(first + i))).ToList();
            var index = candidates.Select(c => new TableEntity(StorageKeys.NumberBlock(c.Number), c.Number) { ["InvoiceId"] = c.Id.Value });
            await TransactionChunks.UpsertAllAsync(tables.References, index, parallelism, cancellationToken).ConfigureAwait(false);
            foreach (var (id, number) in await ClaimAsync(candidates, cancellationToken).ConfigureAwait(false))
            {
                numbers[id] = number;
            }
        }

        return [.. invoices.Select(id => numbers[id])];
    }

    /// <summary>The created invoice whose header carries <paramref name="invoiceNumber"/>, or null.</summary>
    public async Task<InvoiceId?> FindAsync(string invoiceNumber, CancellationToken cancellationToken)
    {
        var number = invoiceNumber.Trim();
        if (!InvoiceNumbers.IsValid(number))
        {
            return null;
        }

        var row = await tables.References.GetEntityIfExistsAsync<TableEntity>(StorageKeys.NumberBlock(number), number, ["InvoiceId"], cancellationToken).ConfigureAwait(false);
        if (!row.HasValue || row.Value!.GetString("InvoiceId") is not { Length: > 0 } text)
        {
            return null;
        }

        var id = new InvoiceId(text);
        var header = await reader.HeaderAsync(id, ["InvoiceNumber"], cancellationToken).ConfigureAwait(false);
        return header?.GetString("InvoiceNumber") == number ? id : null;
    }

    /// <summary>The numbers already claimed by <paramref name="invoices"/>: a range read of a partition's claims for many, point reads for a few.</summary>
    private async Task<Dictionary<InvoiceId, string>> ReadClaimsAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken)
    {
        var found = new Dictionary<InvoiceId, string>();
        await Parallel.ForEachAsync(invoices.GroupBy(StorageKeys.Partition, StringComparer.Ordinal), Options(cancellationToken), async (partition, ct) =>
        {
            var wanted = partition.ToHashSet();
            var rows = new List<TableEntity>();
            if (wanted.Count >= PointReadsBelow)
            {
                var keys = wanted.Select(StorageKeys.NumberClaim).Order(StringComparer.Ordinal).ToList();
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition.Key} and RowKey ge {keys[0]} and RowKey le {keys[^1]}");
                await foreach (var row in tables.Invoices.QueryAsync<TableEntity>(filter, select: ["InvoiceId", "Number"], cancellationToken: ct).ConfigureAwait(false))
                {
                    rows.Add(row);
                }
            }
            else
            {
                foreach (var id in wanted)
                {
                    var row = await tables.Invoices.GetEntityIfExistsAsync<TableEntity>(partition.Key, StorageKeys.NumberClaim(id), ["InvoiceId", "Number"], ct).ConfigureAwait(false);
                    if (row.HasValue)
                    {
                        rows.Add(row.Value!);
                    }
                }
            }

            lock (found)
            {
                foreach (var row in rows)
                {
                    if (row.GetString("InvoiceId") is { } id && wanted.Contains(new InvoiceId(id)) && row.GetString("Number") is { } number)
                    {
                        found[new InvoiceId(id)] = number;
                    }
                }
            }
        }).ConfigureAwait(false);
        return found;
    }

    /// <summary>Reserves <paramref name="count"/> consecutive sequence numbers; returns the first.</summary>
    private async Task<long> ReserveAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await tables.Batches.GetEntityIfExistsAsync<TableEntity>(SequencePartition, SequenceRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            var first = current.HasValue ? current.Value!.GetInt64("Next") ?? InvoiceNumbers.FirstSequence : InvoiceNumbers.FirstSequence;
            if (first + count - 1 > InvoiceNumbers.LastSequence)
            {
                throw new InvalidOperationException("The invoice numbers have run out (9 digits of sequence).");
            }

            var next = new TableEntity(SequencePartition, SequenceRow) { ["Next"] = first + count };
            try
            {
                if (current.HasValue)
                {
                    await tables.Batches.UpdateEntityAsync(next, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await tables.Batches.AddEntityAsync(next, cancellationToken).ConfigureAwait(false);
                }

                return first;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another import reserved a block meanwhile: read the sequence again.
            }
        }
    }

    /// <summary>Adds the claims of <paramref name="candidates"/> (never replacing one); returns each invoice's number, another writer's where its claim came first.</summary>
    private async Task<List<(InvoiceId Id, string Number)>> ClaimAsync(List<(InvoiceId Id, string Number)> candidates, CancellationToken cancellationToken)
    {
        var result = new List<(InvoiceId, string)>(candidates.Count);
        var chunks = candidates
            .GroupBy(c => StorageKeys.Partition(c.Id), StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(TransactionChunks.MaxOperations))
            .ToList();
        await Parallel.ForEachAsync(chunks, Options(cancellationToken), async (chunk, ct) =>
        {
            var claimed = new List<(InvoiceId, string)>(chunk.Length);
            try
            {
                await tables.Invoices.SubmitTransactionAsync([.. chunk.Select(c => new TableTransactionAction(TableTransactionActionType.Add, Claim(c.Id, c.Number)))], ct).ConfigureAwait(false);
                claimed.AddRange(chunk);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Some invoice of the chunk was claimed by another writer: claim one by one.
                foreach (var (id, number) in chunk)
                {
                    claimed.Add((id, await ClaimOneAsync(id, number, ct).ConfigureAwait(false)));
                }
            }

            lock (result)
            {
                result.AddRange(claimed);
            }
        }).ConfigureAwait(false);
        return result;
    }

    private async Task<string> ClaimOneAsync(InvoiceId id, string number, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Invoices.AddEntityAsync(Claim(id, number), cancellationToken).ConfigureAwait(false);
            return number;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await tables.Invoices.GetEntityAsync<TableEntity>(StorageKeys.Partition(id), StorageKeys.NumberClaim(id), ["Number"], cancellationToken).ConfigureAwait(false);
            return existing.Value.GetString("Number") ?? throw new InvalidOperationException($"The number claim of invoice {id} has no number: the store is damaged.");
        }
    }

    private static TableEntity Claim(InvoiceId id, string number) =>
        new(StorageKeys.Partition(id), StorageKeys.NumberClaim(id)) { ["InvoiceId"] = id.Value, ["Number"] = number };

    private ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
}
