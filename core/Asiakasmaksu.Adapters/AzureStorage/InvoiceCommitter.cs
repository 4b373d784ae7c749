using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Commits a change as one entity-group transaction in the invoice's partition: the header merged
/// under If-Match (its ETag is the token), a page with the new events, a row per notice and per
/// audit record of the change (pending until the audit log has it). Before it,
/// the new wake-up's schedule entry and the notices' outbox intents (idempotent); after it, the old
/// day's schedule entry goes, at once or with others of its day (<see cref="ScheduleRemovals"/>; a
/// crash there only leaves a stale entry, which the contract allows):
/// the one entry the header names (its writer's sequence number, <c>WakeSeq</c>, came with the
/// token), or, for a header written before it named one, every stale entry of the invoice that day.
/// The header it wrote is kept (<see cref="InvoiceReader.Recent"/>) for the invoice's next wake-up.
/// </summary>
internal sealed class InvoiceCommitter(StoreTables tables, ScheduleIndex schedule, OutboxWriter outbox, InvoiceReader reader, int parallelism)
{
    /// <summary>Most notices one commit may carry: with the header and the event page, a transaction holds 100 operations.</summary>
    public const int MaxNoticesPerCommit = TransactionChunks.MaxOperations - 2;

    /// <summary>Commits; returns the new token or throws <see cref="ConcurrencyConflictException"/>.</summary>
    public async Task<string> CommitAsync(InvoiceChange change, CancellationToken cancellationToken)
    {
        var id = change.Id;
        var token = StoreToken.Parse(change.ConcurrencyToken)
            ?? throw new ConcurrencyConflictException($"Invoice {id}: the concurrency token was not given by this store.");
        if (change.Before.Facts.Id != id || change.Before.Version != token.Version || change.After.Version != token.Version + change.Events.Count)
        {
            throw new ArgumentException($"Invoice {id}: the change's versions ({change.Before.Version} + {change.Events.Count} events → {change.After.Version}) do not follow the token's {token.Version}.", nameof(change));
        }

        if (change.Notices.Count + change.Audit.Count > MaxNoticesPerCommit)
        {
            throw new ArgumentException($"Invoice {id}: one commit carries at most {MaxNoticesPerCommit} notices and audit records, this one {change.Notices.Count + change.Audit.Count}.", nameof(change));
        }

        var pending = new List<Task> { outbox.AddIntentsAsync([.. change.Notices.Select(n => new OutboxWriter.Intent(n, id, token.Seq, change.RecordedAt, change.Hold))], parallelism, cancellationToken) };
        var addsEntry = change.NextWakeUp is { } day && day != token.WakeUp;
        if (addsEntry)
        {
            pending.Add(schedule.AddAsync(id, change.NextWakeUp!.Value, token.Seq, cancellationToken));
        }

        await Task.WhenAll(pending).ConfigureAwait(false);

        var seq = token.Seq + 1;
        var commitId = Guid.NewGuid().ToString("N");
        var header = InvoiceRows.HeaderUpdate(id, change.After, change.NextWakeUp, addsEntry ? token.Seq : null, seq, commitId, change.RecordedAt);
        if (change.Audit.Count > 0)
        {
            header[HeaderHistory.AuditRows] = true;
        }

        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateMerge, header, token.ETag) };
        var overflow = new List<TableEntity>();
        if (change.Events.Count > 0)
        {
            var (page, pageOverflow) = InvoiceRows.EventPage(id, token.Version + 1, change.Events, change.RecordedAt, commitId);
            HeaderHistory.Add(header, seq, page);
            actions.Add(new(TableTransactionActionType.Add, page));
            overflow.AddRange(pageOverflow);
        }

        foreach (var notice in change.Notices)
        {
            var (row, noticeOverflow) = InvoiceRows.NoticeRow(id, notice, change.RecordedAt);
            actions.Add(new(TableTransactionActionType.Add, row));
            overflow.AddRange(noticeOverflow);
        }

        foreach (var record in change.Audit)
        {
            var (row, auditOverflow) = InvoiceRows.PendingAuditRow(id, record);
            actions.Add(new(TableTransactionActionType.UpsertReplace, row));
            overflow.AddRange(auditOverflow);
        }

        await Parallel.ForEachAsync(
            overflow,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (row, ct) => await tables.Invoices.UpsertEntityAsync(row, TableUpdateMode.Replace, ct).ConfigureAwait(false)).ConfigureAwait(false);

        ETag? etag;
        try
        {
            var response = await tables.Invoices.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            etag = response.Value[0].Headers.ETag;
            RememberMerged(id, token.ETag, header, etag);
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            // The header kept for the invoice is not what the service holds now. A retried request
            // whose first try had committed fails like this too: the rows tell.
            reader.Recent.Take(id.Value);
            if (await CommittedAsync(id, token, commitId, change.Events.Count > 0, cancellationToken).ConfigureAwait(false) is { } committed)
            {
                etag = committed;
            }
            else
            {
                await DropAsync(overflow).ConfigureAwait(false);
                throw new ConcurrencyConflictException(e.Status == 404 ? $"Invoice {id} does not exist." : $"Invoice {id} changed since it was loaded.", e);
            }
        }

        if (etag is null)
        {
            // The service always answers with the ETag; should it not, only our own header's will do:
            // a later writer's would let a commit with this token pass over that writer's change.
            var now = await reader.HeaderAsync(id, ["CommitId"], cancellationToken).ConfigureAwait(false);
            etag = now?.GetString("CommitId") == commitId ? now!.ETag : StoreETags.NeverMatches;
        }

        if (token.WakeUp is { } old && old != change.NextWakeUp)
        {
            await ForgetQuietlyAsync(id, old, token.WakeSeq, seq, change.NextWakeUp).ConfigureAwait(false);
        }

        var wakeSeq = change.NextWakeUp is null ? null : addsEntry ? token.Seq : token.WakeSeq;
        return new StoreToken(seq, change.After.Version, change.NextWakeUp, etag.Value) { WakeSeq = wakeSeq }.ToString();
    }

    /// <summary>
    /// Keeps the header as the service now holds it: the one kept from the load, if it stood under the
    /// ETag this commit matched, with <paramref name="update"/>'s columns merged in, under
    /// <paramref name="etag"/>. Otherwise (or with no ETag) keeps none for the invoice.
    /// </summary>
    private void RememberMerged(InvoiceId id, ETag before, TableEntity update, ETag? etag)
    {
        if (reader.Recent.Take(id.Value) is not { } loaded || loaded.ETag != before || etag is not { } after)
        {
            return;
        }

        var merged = new TableEntity(loaded);
        foreach (var (column, value) in update)
        {
            merged[column] = value;
        }

        merged.ETag = after;
        reader.Recent.Remember(id.Value, merged);
    }

    /// <summary>
    /// Whether commit <paramref name="commitId"/> happened after all: the header still carries it (its
    /// ETag is returned), or a later commit overtook it but its event page is there (a token that
    /// never matches is returned, as the caller's next commit would conflict anyway); null otherwise.
    /// </summary>
    private async Task<ETag?> CommittedAsync(InvoiceId id, StoreToken token, string commitId, bool hasEvents, CancellationToken cancellationToken)
    {
        var header = await reader.HeaderAsync(id, ["CommitId"], cancellationToken).ConfigureAwait(false);
        if (header is null)
        {
            return null;
        }

        if (header.GetString("CommitId") == commitId)
        {
            return header.ETag;
        }

        if (!hasEvents)
        {
            return null; // a change of the wake-up alone leaves no row of its own once overtaken
        }

        var page = await tables.Invoices.GetEntityIfExistsAsync<TableEntity>(StorageKeys.Partition(id), StorageKeys.EventPage(id, token.Version + 1), ["CommitId"], cancellationToken).ConfigureAwait(false);
        return page.HasValue && page.Value?.GetString("CommitId") == commitId ? StoreETags.NeverMatches : null;
    }

    private async Task ForgetQuietlyAsync(InvoiceId id, DateOnly old, long? oldEntrySeq, long seq, DateOnly? current)
    {
        try
        {
            // The commit has happened: this clean-up must not turn it into an error, so it ignores the caller's cancellation too.
            if (oldEntrySeq is { } entrySeq)
            {
                await schedule.RemoveAsync(id, old, entrySeq).ConfigureAwait(false);
            }
            else
            {
                await schedule.RemoveStaleAsync(id, old, seq, current, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException)
        {
            // A stale entry stays; the contract allows it and ForgetWakeUpAsync removes it later.
        }
    }

    private async Task DropAsync(IEnumerable<TableEntity> overflow)
    {
        foreach (var row in overflow)
        {
            try
            {
                await TransactionChunks.DeleteIfExistsAsync(tables.Invoices, row.PartitionKey, row.RowKey, ETag.All, CancellationToken.None).ConfigureAwait(false);
            }
            catch (RequestFailedException)
            {
                // Unreferenced overflow rows are harmless garbage.
            }
        }
    }
}
