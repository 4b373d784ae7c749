using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Queues;

namespace Asiakasmaksu.Benchmarks.Durable;

/// <summary>
/// Deletes what one phase left in Azurite: the queues, tables and containers named with its prefix
/// (its task hub's and, for the durable path, the application's). Azurite keeps every queue's messages
/// in one collection and re-sorts it on each delete, so a phase that found the previous phase's
/// sleeping timers would pay for them; swept, each phase starts from the same empty emulator.
/// </summary>
internal static class StorageSweep
{
    public static async Task DeleteAsync(string connection, string prefix)
    {
        var lower = prefix.ToLowerInvariant();
        var queues = new QueueServiceClient(connection);
        await foreach (var queue in queues.GetQueuesAsync(prefix: lower))
        {
            await queues.DeleteQueueAsync(queue.Name);
        }

        var tables = new TableServiceClient(connection);
        await foreach (var table in tables.QueryAsync())
        {
            if (table.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                await tables.DeleteTableAsync(table.Name);
            }
        }

        var blobs = new BlobServiceClient(connection);
        await foreach (var container in blobs.GetBlobContainersAsync(prefix: lower))
        {
            await DeleteContainerAsync(blobs.GetBlobContainerClient(container.Name));
        }
    }

    /// <summary>Deletes the container, breaking the lease a task hub's worker left on it first.</summary>
    private static async Task DeleteContainerAsync(BlobContainerClient container)
    {
        try
        {
            await container.DeleteAsync();
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            await container.GetBlobLeaseClient().BreakAsync(TimeSpan.Zero);
            await container.DeleteAsync();
        }
    }
}
