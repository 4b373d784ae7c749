using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// The ledger of billing lines: row <c>l|{line id}</c> in the batch's partition claims the line for
/// one invoice with one content hash. Claims are added (never overwritten) before the invoice's
/// header, so two imports can never both own a line; a claim for the same invoice and hash is the
/// caller's own (a rerun). An invoice that meets a conflict takes back the claims it added.
/// </summary>
internal sealed class LineClaims(TableClient table, int parallelism)
{
    /// <summary>What claiming an invoice's lines gave: the lines held by something else, and the rows this call added.</summary>
    public sealed class Result
    {
        /// <summary>Line ids already claimed by another invoice or with other content.</summary>
        public HashSet<string> Conflicts { get; } = new(StringComparer.Ordinal);

        /// <summary>Rows this call added (to take back on a conflict).</summary>
        public List<TableEntity> Added { get; } = [];
    }

    /// <summary>Claims the lines of <paramref name="invoices"/> (no line shared between two of them).</summary>
    public async Task<IReadOnlyDictionary<InvoiceId, Result>> ClaimAsync(IReadOnlyCollection<NewInvoice> invoices, CancellationToken cancellationToken)
    {
        var results = invoices.ToDictionary(i => i.Id, _ => new Result());
        var rows = invoices
            .SelectMany(i => i.Lines.DistinctBy(l => l.LineId, StringComparer.Ordinal).Select(l => (Invoice: i.Id, Row: Claim(i.Id, l))))
            .GroupBy(c => c.Row.PartitionKey, StringComparer.Ordinal)
            .SelectMany(g => TransactionChunks.Pack(g, c => [new TableTransactionAction(TableTransactionActionType.Add, c.Row)], TransactionChunks.MaxOperations))
            .ToList();
        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                try
                {
                    await table.SubmitTransactionAsync(chunk.Select(c => new TableTransactionAction(TableTransactionActionType.Add, c.Row)), ct).ConfigureAwait(false);
                    Record(results, chunk.Select(c => (c.Invoice, c.Row, Added: true, Conflict: false)));
                }
                catch (TableTransactionFailedException e) when (e.Status == 409)
                {
                    var oneByOne = new List<(InvoiceId, TableEntity, bool, bool)>();
                    foreach (var (invoice, row) in chunk)
                    {
                        var (added, conflict) = await ClaimOneAsync(row, ct).ConfigureAwait(false);
                        oneByOne.Add((invoice, row, added, conflict));
                    }

                    Record(results, oneByOne);
                }
            }).ConfigureAwait(false);
        return results;
    }

    /// <summary>Takes back claims this call added.</summary>
    public Task ReleaseAsync(IEnumerable<TableEntity> added, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            added,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (row, ct) => await TransactionChunks.DeleteIfExistsAsync(table, row.PartitionKey, row.RowKey, ETag.All, ct).ConfigureAwait(false));

    private static TableEntity Claim(InvoiceId invoice, LineKey line) => new(StorageKeys.Partition(invoice), StorageKeys.LineClaim(line.LineId))
    {
        ["LineId"] = line.LineId,
        ["InvoiceId"] = invoice.Value,
        ["Hash"] = line.ContentHash,
    };

    private static void Record(Dictionary<InvoiceId, Result> results, IEnumerable<(InvoiceId Invoice, TableEntity Row, bool Added, bool Conflict)> claims)
    {
        foreach (var (invoice, row, added, conflict) in claims)
        {
            var result = results[invoice];
            lock (result)
            {
                if (added)
                {
                    result.Added.Add(row);
                }

                if (conflict)
                {
                    result.Conflicts.Add(row.GetString("LineId") ?? string.Empty);
                }
            }
        }
    }

    private async Task<(bool Added, bool Conflict)> ClaimOneAsync(TableEntity row, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
                return (true, false);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }

            if (await IsOwnAsync(row, cancellationToken).ConfigureAwait(false) is { } own)
            {
                return (false, !own);
            }

            // Taken back by its claimer meanwhile: try again.
        }
    }

    private async Task<bool?> IsOwnAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, ["InvoiceId", "Hash"], cancellationToken).ConfigureAwait(false);
        return existing.HasValue && existing.Value is { } e
            ? e.GetString("InvoiceId") == row.GetString("InvoiceId") && e.GetString("Hash") == row.GetString("Hash")
            : null;
    }
}
