using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Notices;
using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Claims notices and marks them sent or failed. Every change is one transaction in the notice's
/// outbox shard: the record merged under the ETag it was read with, and its queue entry moved to
/// match (to the end of the claim while claimed, to the next attempt after a failure, gone once
/// sent). Of writers racing on one record, one wins; the others get 412, read the record again and
/// decide again: a claim that lost finds the notice claimed (null), a mark that lost finds another
/// claim (false). A claim carries the record's ETag as it left it (<see cref="OutboxClaim.StoreVersion"/>):
/// marking it sent tries that first, without reading the record, and reads it only when it has changed.
/// A claim likewise tries first the record as the store has just written or read it
/// (<see cref="OutboxWriter.Recent"/>), so that an invoice's wake-up claims what it committed without a read.
/// A notice its commit stored already claimed (<see cref="NoticeHold"/>) is taken under that claim
/// without a write (<see cref="ClaimHeldAsync"/>).
/// </summary>
internal sealed class OutboxClaims(TableClient table, OutboxWriter records, OutboxNoticeReader notices)
{
    private const int MaxRounds = 20;

    /// <summary>Claims the notice until <paramref name="now"/> + <paramref name="lease"/> when it is pending at <paramref name="now"/> (and, for an invoice's notice, committed); otherwise null.</summary>
    public Task<OutboxClaim?> ClaimAsync(string noticeId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        ClaimAsync(noticeId, null, now, lease, cancellationToken);

    /// <summary>Claims a notice the caller holds as stored (read from the outbox, or committed by the caller): as <see cref="ClaimAsync(string, DateTimeOffset, TimeSpan, CancellationToken)"/> without reading the notice back.</summary>
    public Task<OutboxClaim?> ClaimAsync(Notice stored, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        ClaimAsync(stored.Id, stored, now, lease, cancellationToken);

    /// <summary>
    /// The claim a commit stored <paramref name="stored"/> under, <paramref name="hold"/>, when the record
    /// (as this store wrote it, else read) still holds it so at <paramref name="now"/>: nothing is
    /// written, and the claim carries the record's ETag for the mark. Otherwise a claim as above.
    /// </summary>
    public async Task<OutboxClaim?> ClaimHeldAsync(Notice stored, NoticeHold hold, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        // A kept record may be older than the service's: only the hold's holder changes a held
        // record's claim, so a claim on an old copy is still the current one, and a mark under its
        // ETag that fails reads the record and finds the claim.
        var record = records.Recent.Take(stored.Id) ?? await records.RecordAsync(stored.Id, cancellationToken).ConfigureAwait(false);
        return record is not null && OutboxRows.HeldAt(record, hold, now)
            ? new OutboxClaim(OutboxRows.Entry(record, stored), hold.Token, hold.Until, Reclaimed: false) { StoreVersion = record.ETag.ToString() }
            : await ClaimAsync(stored.Id, stored, record, now, lease, cancellationToken).ConfigureAwait(false);
    }

    private Task<OutboxClaim?> ClaimAsync(string noticeId, Notice? stored, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        ClaimAsync(noticeId, stored, records.Recent.Take(noticeId), now, lease, cancellationToken);

    /// <summary>Claims as the public methods say, trying <paramref name="known"/> (the record as this store last wrote or read it) before reading.</summary>
    private async Task<OutboxClaim?> ClaimAsync(string noticeId, Notice? stored, TableEntity? known, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var notice = stored;
        for (var round = 0; round < MaxRounds; round++)
        {
            // First the record as this store just wrote or read it, when it was pending then: a claim
            // under its ETag fails if it has changed since, and the next round reads it.
            var recent = round == 0 ? known : null;
            var record = recent is not null && OutboxRows.PendingAt(recent, now) ? recent : await records.RecordAsync(noticeId, cancellationToken).ConfigureAwait(false);
            if (record is null || !OutboxRows.PendingAt(record, now))
            {
                return null;
            }

            // An intent whose commit has not written the notice is not pending: it cannot be claimed.
            notice ??= await notices.OfRecordAsync(record, cancellationToken).ConfigureAwait(false);
            if (notice is null)
            {
                return null;
            }

            var claim = new OutboxClaim(OutboxRows.Entry(record, notice), Guid.NewGuid().ToString("N"), now + lease, OutboxRows.HasOpenClaim(record));
            var change = new TableEntity(record.PartitionKey, record.RowKey)
            {
                [OutboxRows.ClaimToken] = claim.Token,
                [OutboxRows.ClaimedUntil] = claim.Until,
                ["QueueKey"] = StorageKeys.QueueEntry(claim.Until, noticeId),
            };
            if (await TrySubmitAsync(Requeue(record, change), cancellationToken).ConfigureAwait(false) is { } etag)
            {
                return claim with { StoreVersion = etag.ToString() };
            }
        }

        throw new InvalidOperationException($"The outbox record of notice {noticeId} kept changing: gave up claiming it after {MaxRounds} rounds.");
    }

    /// <summary>
    /// Marks the notice delivered and takes it off the queue, when <paramref name="claim"/> is its
    /// current claim; returns whether it did. First under the claim's own version of the record
    /// (unchanged since the claim means still held, and its queue entry is the claim's); when that
    /// does not match, the record is read and decides.
    /// </summary>
    public async Task<bool> MarkSentAsync(OutboxClaim claim, NoticeDelivery delivery, CancellationToken cancellationToken)
    {
        if (claim.StoreVersion is { } version
            && await TrySubmitAsync(Sent(StorageKeys.OutboxShard(claim.NoticeId), StorageKeys.OutboxRecord(claim.NoticeId), new ETag(version), StorageKeys.QueueEntry(claim.Until, claim.NoticeId), delivery), cancellationToken).ConfigureAwait(false) is not null)
        {
            return true;
        }

        return await UpdateAsync(claim, cancellationToken, record => Sent(record.PartitionKey, record.RowKey, record.ETag, record.GetString("QueueKey"), delivery)).ConfigureAwait(false);
    }

    /// <summary>Records a failed attempt, releases the claim and moves the queue entry to the next attempt, when <paramref name="claim"/> is the current claim; returns whether it did.</summary>
    public Task<bool> MarkFailedAsync(OutboxClaim claim, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        UpdateAsync(claim, cancellationToken, record => Requeue(record, new TableEntity(record.PartitionKey, record.RowKey)
        {
            ["Attempts"] = attempts,
            ["NextAttemptAt"] = nextAttemptAt,
            ["LastError"] = error.Length > OutboxRows.MaxErrorChars ? error[..OutboxRows.MaxErrorChars] : error,
            [OutboxRows.ClaimToken] = string.Empty,
            ["QueueKey"] = StorageKeys.QueueEntry(nextAttemptAt, claim.NoticeId),
        }));

    /// <summary>The actions that mark record <paramref name="row"/> sent under <paramref name="etag"/> and delete its queue entry <paramref name="queueKey"/>.</summary>
    private static List<TableTransactionAction> Sent(string partition, string row, ETag etag, string? queueKey, NoticeDelivery delivery)
    {
        var change = new TableEntity(partition, row)
        {
            ["Sent"] = true,
            ["Channel"] = delivery.Channel,
            ["DeliveredAt"] = delivery.At,
            ["Location"] = delivery.Location,
            ["QueueKey"] = string.Empty,
        };
        return [new(TableTransactionActionType.UpdateMerge, change, etag), new(TableTransactionActionType.Delete, new TableEntity(partition, queueKey), ETag.All)];
    }

    /// <summary>The actions that merge <paramref name="change"/> (which names the new <c>QueueKey</c>) into <paramref name="record"/> under its ETag and move its queue entry to match.</summary>
    private static List<TableTransactionAction> Requeue(TableEntity record, TableEntity change)
    {
        var oldKey = record.GetString("QueueKey") ?? string.Empty;
        var after = new TableEntity(record);
        foreach (var (key, value) in change)
        {
            after[key] = value;
        }

        var queue = OutboxRows.QueueOf(after);
        return queue.RowKey == oldKey
            ? [new(TableTransactionActionType.UpdateMerge, change, record.ETag), new(TableTransactionActionType.UpsertReplace, queue)]
            : [new(TableTransactionActionType.UpdateMerge, change, record.ETag), new(TableTransactionActionType.Delete, new TableEntity(record.PartitionKey, oldKey), ETag.All), new(TableTransactionActionType.Add, queue)];
    }

    private async Task<bool> UpdateAsync(OutboxClaim claim, CancellationToken cancellationToken, Func<TableEntity, List<TableTransactionAction>> actions)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var record = await records.RecordAsync(claim.NoticeId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Notice {claim.NoticeId} is not in the outbox.");
            if (!OutboxRows.HeldBy(record, claim))
            {
                return false;
            }

            if (await TrySubmitAsync(actions(record), cancellationToken).ConfigureAwait(false) is not null)
            {
                return true;
            }
        }

        throw new InvalidOperationException($"The outbox record of notice {claim.NoticeId} kept changing: gave up after {MaxRounds} rounds.");
    }

    /// <summary>
    /// Submits one record's transaction (the record's change first); the record's new ETag, or null
    /// when the record (or its queue entry) changed since it was read. Should the service not answer
    /// with the ETag, <see cref="StoreETags.NeverMatches"/> stands for it: a mark under it falls back to reading.
    /// </summary>
    private async Task<ETag?> TrySubmitAsync(List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return response.Value[0].Headers.ETag ?? StoreETags.NeverMatches;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404 or 409)
        {
            return null;
        }
    }
}
