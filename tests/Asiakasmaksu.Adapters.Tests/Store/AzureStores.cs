using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Tests.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>Azure Table stores on the shared Azurite, each with tables of its own.</summary>
internal static class AzureStores
{
    /// <summary>A new store with a fresh table prefix made from <paramref name="name"/> (letters only).</summary>
    public static async Task<AzureTableStore> NewAsync(AzuriteFixture fixture, string name, int maxParallelBatches = 8)
    {
        var store = new AzureTableStore(new AzureStorageOptions
        {
            ConnectionString = fixture.ConnectionString,
            TablePrefix = TestNames.Table(new string([.. name.Where(char.IsAsciiLetter)])),
            MaxParallelBatches = maxParallelBatches,
        });
        await store.EnsureCreatedAsync(CancellationToken.None);
        return store;
    }
}
