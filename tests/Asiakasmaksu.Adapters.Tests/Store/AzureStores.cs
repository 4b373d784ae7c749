using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Tests.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>Azure Table stores on the shared Azurite, each with tables of its own.</summary>
internal static class AzureStores
{
    /// <summary>A new store with a fresh table prefix made from <paramref name="name"/> (letters only).</summary>
    public static Task<AzureTableStore> NewAsync(AzuriteFixture fixture, string name, int maxParallelBatches = 8) =>
        OnTablesAsync(fixture, TestNames.Table(new string([.. name.Where(char.IsAsciiLetter)])), o => o.MaxParallelBatches = maxParallelBatches);

    /// <summary>A store on the tables of <paramref name="prefix"/> (several stores on one prefix are several processes), with options as <paramref name="configure"/> sets them.</summary>
    public static async Task<AzureTableStore> OnTablesAsync(AzuriteFixture fixture, string prefix, Action<AzureStorageOptions>? configure = null)
    {
        var options = new AzureStorageOptions { ConnectionString = fixture.ConnectionString, TablePrefix = prefix };
        configure?.Invoke(options);
        var store = new AzureTableStore(options);
        await store.EnsureCreatedAsync(CancellationToken.None);
        return store;
    }
}
