using System.Collections.Concurrent;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>The last step of creation: the invoices' own rows, as transactions of whole invoices.</summary>
internal sealed partial class InvoiceCreator
{
    private async Task<IReadOnlyCollection<(InvoiceId Id, CreateOutcome Outcome)>> WriteAsync(IReadOnlyList<NewInvoice> create, CancellationToken cancellationToken)
    {
        // Marks the headers this call writes, so that a request retried after it had succeeded still counts as Created.
        var commitId = Guid.NewGuid().ToString("N");
        var planned = create.Select(i => new Planned(i, commitId)).ToList();
        await Parallel.ForEachAsync(
            planned.SelectMany(p => p.Overflow),
            Parallelism(cancellationToken),
            async (row, ct) => await tables.Invoices.UpsertEntityAsync(row, TableUpdateMode.Replace, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var chunks = planned
            .GroupBy(p => StorageKeys.Partition(p.Invoice.Id), StringComparer.Ordinal)
            .SelectMany(g => TransactionChunks.Pack(g, p => p.Actions, options.MaxOperationsPerBatch))
            .ToList();
        var results = new ConcurrentBag<(InvoiceId, CreateOutcome)>();
        await Parallel.ForEachAsync(chunks, Parallelism(cancellationToken), async (chunk, ct) =>
        {
            try
            {
                var written = await tables.Invoices.SubmitTransactionAsync(chunk.SelectMany(p => p.Actions), ct).ConfigureAwait(false);
                var first = 0;
                foreach (var p in chunk)
                {
                    results.Add((p.Invoice.Id, new CreateOutcome.Created(p.Invoice.Id)));
                    RememberHeader(p, written.Value, first);
                    first += p.Actions.Count;
                }
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                // Some of them exist (another import meanwhile, or this call's own retried request): one by one.
                foreach (var p in chunk)
                {
                    results.Add((p.Invoice.Id, await WriteOneAsync(p, ct).ConfigureAwait(false)));
                }
            }
        }).ConfigureAwait(false);
        return results;
    }

    private async Task<CreateOutcome> WriteOneAsync(Planned planned, CancellationToken cancellationToken)
    {
        var invoice = planned.Invoice;
        try
        {
            var written = await tables.Invoices.SubmitTransactionAsync(planned.Actions, cancellationToken).ConfigureAwait(false);
            RememberHeader(planned, written.Value, 0);
            return new CreateOutcome.Created(invoice.Id);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            var header = await reader.HeaderAsync(invoice.Id, null, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Invoice {invoice.Id} has rows but no header: the store is damaged.", e);
            return header.GetString("CommitId") == planned.CommitId
                ? new CreateOutcome.Created(invoice.Id)
                : await ExistsOutcomeAsync(invoice, header, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Keeps the header just written, under the ETag its transaction answered (at <paramref name="index"/>), for the invoice's first wake-up.</summary>
    private void RememberHeader(Planned planned, IReadOnlyList<Azure.Response> responses, int index) =>
        reader.Recent.RememberWritten(planned.Invoice.Id.Value, (TableEntity)planned.Actions[0].Entity, index < responses.Count ? responses[index].Headers.ETag : null);

    /// <summary>The rows of one new invoice: the overflow to write first, then the actions of its transaction.</summary>
    private sealed class Planned
    {
        public Planned(NewInvoice invoice, string commitId)
        {
            Invoice = invoice;
            CommitId = commitId;
            var (header, lineOverflow) = InvoiceRows.NewHeader(invoice, commitId);
            var (page, pageOverflow) = InvoiceRows.EventPage(invoice.Id, 1, invoice.Events, invoice.RecordedAt, commitId);
            HeaderHistory.Add(header, 1, page);
            var notices = invoice.Notices.Select(n => InvoiceRows.NoticeRow(invoice.Id, n, invoice.RecordedAt)).ToList();
            Overflow = [.. lineOverflow, .. pageOverflow, .. notices.SelectMany(n => n.Overflow)];
            Actions = [new(TableTransactionActionType.Add, header), new(TableTransactionActionType.Add, page), .. notices.Select(n => new TableTransactionAction(TableTransactionActionType.Add, n.Row))];
        }

        public NewInvoice Invoice { get; }

        public string CommitId { get; }

        public IReadOnlyList<TableEntity> Overflow { get; }

        public IReadOnlyList<TableTransactionAction> Actions { get; }
    }
}
