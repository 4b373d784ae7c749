using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>The outbox contract, on Azure Tables in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureOutboxContractTests(AzuriteFixture fixture) : OutboxStoreContract
{
    /// <inheritdoc/>
    protected override async Task<(IInvoiceStore Invoices, IOutboxStore Outbox)> NewStoreAsync(string name)
    {
        var store = await AzureStores.NewAsync(fixture, name);
        return (store, store);
    }
}
