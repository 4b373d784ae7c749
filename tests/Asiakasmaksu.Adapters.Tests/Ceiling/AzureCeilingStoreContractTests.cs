using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Ceiling;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Ceiling;

/// <summary>The ceiling store contract, on Azure Tables in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureCeilingStoreContractTests(AzuriteFixture fixture) : CeilingStoreContract
{
    /// <inheritdoc/>
    protected override async Task<ICeilingStore> NewStoreAsync()
    {
        var table = new TableClient(fixture.ConnectionString, TestNames.Table("ceilings"));
        await table.CreateIfNotExistsAsync();
        return new AzureCeilingStore(table);
    }
}
