using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Ceiling;

namespace Asiakasmaksu.Adapters.Tests.Ceiling;

/// <summary>The ceiling store contract, in memory.</summary>
public sealed class InMemoryCeilingStoreContractTests : CeilingStoreContract
{
    /// <inheritdoc/>
    protected override Task<ICeilingStore> NewStoreAsync() => Task.FromResult<ICeilingStore>(new InMemoryCeilingStore());
}
