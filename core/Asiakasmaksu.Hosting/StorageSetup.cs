using Asiakasmaksu.Adapters.AzureStorage;

namespace Asiakasmaksu.Hosting;

/// <summary>
/// Creates the tables and containers a store needs, when they do not exist: what the local host does
/// at start on its Azurite. In Azure, <c>infra/</c> creates them at deployment (docs/deploy.md), so
/// a cold start of the Functions app does no storage set-up.
/// </summary>
public static class StorageSetup
{
    /// <summary>Creates every table and container of <paramref name="storage"/> (idempotent).</summary>
    public static async Task EnsureCreatedAsync(StorageAccess storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        await new AzureTableStore(storage.StoreOptions()).EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        foreach (var table in StorageNames.Tables)
        {
            await storage.Table(table).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var container in StorageNames.Containers)
        {
            await storage.Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
