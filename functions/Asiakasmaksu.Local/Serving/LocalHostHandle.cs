namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// The built local host and the Azurite it may have started. Disposing stops the host first (its
/// engine and watchers stop taking work; a host that was never started stops at once), then Azurite,
/// so that nothing written is lost.
/// </summary>
internal sealed class LocalHostHandle(WebApplication app, OwnedStorage? owned, string connectionString) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    /// <summary>The storage it runs on.</summary>
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
        if (owned is not null)
        {
            await owned.DisposeAsync().ConfigureAwait(false);
        }
    }
}
