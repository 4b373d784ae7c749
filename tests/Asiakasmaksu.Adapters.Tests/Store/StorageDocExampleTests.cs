using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Testing.Docs;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>docs/storage.md's example of creating the store (<c>create-store</c>) is the code this test runs, and does what its comment says.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageDocExampleTests(AzuriteFixture fixture)
{
    private const string Shown = """
        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = cs, TablePrefix = "demo" });
        await store.EnsureCreatedAsync(ct);   // creates the six tables if missing
        """;

    [Fact]
    public async Task GivenThePagesExample_WhenRunOnAzurite_ThenTheSixTablesOfTheStoreExist()
    {
        Assert.Equal(Shown, DocPages.Example("storage.md", "create-store").Text);
        var cs = fixture.ConnectionString;
        var ct = CancellationToken.None;

        // The two lines shown, as they are shown.
        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = cs, TablePrefix = "demo" });
        await store.EnsureCreatedAsync(ct);   // creates the six tables if missing

        var existing = new List<string>();
        await foreach (var table in new TableServiceClient(cs).QueryAsync(t => t.Name.CompareTo("demo") >= 0 && t.Name.CompareTo("demp") < 0, cancellationToken: ct))
        {
            existing.Add(table.Name);
        }

        Assert.Equal(6, AzureTableStore.TableNames.Count);
        Assert.Subset(existing.ToHashSet(StringComparer.Ordinal), AzureTableStore.TableNames.Select(name => "demo" + name).ToHashSet(StringComparer.Ordinal));
    }
}
