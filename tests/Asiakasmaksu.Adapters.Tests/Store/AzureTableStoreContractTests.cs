using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>The store contract, on Azure Tables in Azurite: every test gets tables of its own (a fresh prefix).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableStoreContractTests(AzuriteFixture fixture) : InvoiceStoreContract
{
    /// <inheritdoc/>
    protected override async Task<(IInvoiceStore Invoices, IOutboxStore Outbox)> NewStoreAsync(string name)
    {
        var store = await AzureStores.NewAsync(fixture, name);
        return (store, store);
    }
}
