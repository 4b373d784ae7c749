using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Orchestrations.Tests.Engine;

/// <summary>One Azurite (in memory, free loopback ports) shared by the tests of the "Engine" collection; each test keeps its data under its own table prefix.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    /// <summary>Its connection string.</summary>
    public string ConnectionString => (azurite ?? throw new InvalidOperationException("Azurite has not started.")).ConnectionString;

    /// <inheritdoc/>
    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true });

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
