using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

/// <summary>One Azurite (temp data folder, free loopback ports) shared by the tests of the "Azurite" collection.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    /// <summary>The running Azurite.</summary>
    public AzuriteProcess Azurite => azurite ?? throw new InvalidOperationException("Azurite has not started.");

    /// <summary>Its connection string (explicit blob, queue and table endpoints).</summary>
    public string ConnectionString => Azurite.ConnectionString;

    /// <summary>Starts Azurite, installing it with npm ci first if node_modules lacks it.</summary>
    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync();

    /// <summary>Stops Azurite and deletes its data folder.</summary>
    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
