using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>The outbox contract, in memory.</summary>
public sealed class InMemoryOutboxContractTests : OutboxStoreContract
{
    /// <inheritdoc/>
    protected override Task<(IInvoiceStore Invoices, IOutboxStore Outbox)> NewStoreAsync(string name)
    {
        var store = new InMemoryStore();
        return Task.FromResult<(IInvoiceStore, IOutboxStore)>((store, store));
    }
}
