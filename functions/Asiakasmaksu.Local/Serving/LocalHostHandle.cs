using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Local.Serving;

/// <summary>The built local host and the Azurite it may have started (stopped on dispose).</summary>
internal sealed class LocalHostHandle(WebApplication app, AzuriteProcess? azurite, string connectionString) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    /// <summary>The storage it runs on.</summary>
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync().ConfigureAwait(false);
        if (azurite is not null)
        {
            await azurite.DisposeAsync().ConfigureAwait(false);
        }
    }
}
