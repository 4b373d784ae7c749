using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Deletes the schedule entries that commits have moved their invoices off (the old day's entry of
/// each, <see cref="ScheduleIndex.RemoveAsync"/>), behind the commits and together: entries wait,
/// grouped by day, until a day has gathered a transaction's worth (100), which the commit that
/// completes it deletes in one request, or until the first of them has waited
/// <see cref="AzureStorageOptions.ScheduleRemovalDelay"/>, when a timer deletes all that wait. The
/// invoices that wake up on one day moved off it together, so their old entries cost a hundredth of
/// a request each instead of one. With no delay, each entry is deleted right after its commit.
/// Deleting later is as safe as deleting at once: an entry named by its writer's sequence number is
/// never an invoice's current one again once a commit past it moved the invoice off its day. Entries
/// still waiting when the process stops stay as stale entries, which the schedule's contract allows:
/// its readers check every entry against its invoice, and <c>ForgetWakeUpAsync</c> removes one.
/// </summary>
internal sealed class ScheduleRemovals(TableClient table, TimeSpan delay, TimeProvider clock)
{
    private readonly Lock gate = new();
    private Dictionary<string, HashSet<string>> waiting = new(StringComparer.Ordinal);
    private ITimer? timer;

    /// <summary>Deletes entry <paramref name="rowKey"/> of day <paramref name="partition"/> now or later; never throws for the service.</summary>
    public Task RemoveAsync(string partition, string rowKey)
    {
        if (delay <= TimeSpan.Zero)
        {
            return DeleteAsync(partition, [rowKey]);
        }

        HashSet<string>? full = null;
        lock (gate)
        {
            if (!waiting.TryGetValue(partition, out var rows))
            {
                waiting[partition] = rows = new HashSet<string>(StringComparer.Ordinal);
            }

            rows.Add(rowKey);
            if (rows.Count >= TransactionChunks.MaxOperations)
            {
                waiting.Remove(partition);
                full = rows;
            }
            else
            {
                timer ??= clock.CreateTimer(_ => _ = DeleteWaitingAsync(), null, delay, Timeout.InfiniteTimeSpan);
            }
        }

        return full is null ? Task.CompletedTask : DeleteAsync(partition, full);
    }

    /// <summary>Deletes every entry that waits (the timer's work).</summary>
    private async Task DeleteWaitingAsync()
    {
        Dictionary<string, HashSet<string>> all;
        lock (gate)
        {
            all = waiting;
            waiting = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            timer?.Dispose();
            timer = null;
        }

        foreach (var (partition, rows) in all)
        {
            await DeleteAsync(partition, rows).ConfigureAwait(false);
        }
    }

    private async Task DeleteAsync(string partition, IReadOnlyCollection<string> rows)
    {
        // The commits have happened: this clean-up never turns into their error, and ignores their cancellation.
        try
        {
            if (rows.Count == 1)
            {
                await TransactionChunks.DeleteIfExistsAsync(table, partition, rows.First(), ETag.All, CancellationToken.None).ConfigureAwait(false);
                return;
            }

            try
            {
                await table.SubmitTransactionAsync(rows.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, row), ETag.All)), CancellationToken.None).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException)
            {
                // One of them was gone already (ForgetWakeUpAsync, or a retried request): one by one.
                foreach (var row in rows)
                {
                    await TransactionChunks.DeleteIfExistsAsync(table, partition, row, ETag.All, CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException)
        {
            // Stale entries stay; the contract allows them and ForgetWakeUpAsync removes them later.
        }
    }
}
