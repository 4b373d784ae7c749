using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// The Azurite a local host started for itself on its data folder (none when it uses configured
/// storage or the Azurite another process of the local host runs on the same folder). If it dies,
/// <see cref="RestartAsync"/> starts it again on the same folder and ports, so that every client
/// finds it again.
/// </summary>
internal sealed class OwnedStorage(AzuriteProcess started, AzuriteOptions options) : IAsyncDisposable
{
    private readonly SemaphoreSlim restarting = new(1, 1);

    /// <summary>The running Azurite.</summary>
    public AzuriteProcess Current { get; private set; } = started;

    /// <summary>Starts Azurite again after it died (on the same data folder and ports).</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await restarting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var ports = Current.Ports;
            await Current.DisposeAsync().ConfigureAwait(false);
            Current = await AzuriteProcess.StartAsync(
                new AzuriteOptions { DataFolder = options.DataFolder, NodeHeapLimitMegabytes = options.NodeHeapLimitMegabytes, Ports = ports },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            restarting.Release();
        }
    }

    /// <summary>Stops Azurite (it writes its data to disk first).</summary>
    public async ValueTask DisposeAsync()
    {
        await Current.DisposeAsync().ConfigureAwait(false);
        restarting.Dispose();
    }
}
