using System.Diagnostics;
using System.Globalization;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// A private Azurite (the Azure Storage emulator, pinned in the repository's package.json) on loopback, on
/// free ports, with its data in a fresh temp folder. Installs Azurite with <c>npm ci</c> when missing.
/// Disposing kills it and deletes the temp folder.
/// </summary>
/// <remarks>
/// Azurite is also killed when this process exits normally (AppDomain.ProcessExit) and, with
/// <see cref="AzuriteOptions.ExitWithParent"/> (the default), when this process crashes or is killed:
/// Azurite exits when its standard input, held open by this process, closes.
/// </remarks>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The emulator's well-known account name.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The emulator's well-known, public account key.</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly OutputRing output;
    private readonly Task closed;
    private readonly InstanceFolder instanceFolder;
    private readonly DataFolderOwner? owner;
    private int stopped;

    private AzuriteProcess(AzuriteLauncher.Launched launched, InstanceFolder instanceFolder, string dataFolder, DataFolderOwner? owner)
    {
        this.owner = owner;
        Ports = (launched.Endpoints.Blob.Port, launched.Endpoints.Queue.Port, launched.Endpoints.Table.Port);
        process = launched.Process;
        output = launched.Output;
        closed = launched.Closed;
        this.instanceFolder = instanceFolder;
        DataFolder = dataFolder;
        ProcessId = process.Id;
        BlobServiceUri = AccountUri(launched.Endpoints.Blob);
        QueueServiceUri = AccountUri(launched.Endpoints.Queue);
        TableServiceUri = AccountUri(launched.Endpoints.Table);
        ConnectionString = string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccountName};AccountKey={DevelopmentAccountKey};" +
            $"BlobEndpoint={BlobServiceUri};QueueEndpoint={QueueServiceUri};TableEndpoint={TableServiceUri};");
    }

    /// <summary>A connection string with explicit blob, queue and table endpoints for this instance.</summary>
    public string ConnectionString { get; }

    /// <summary>The blob service, such as <c>http://127.0.0.1:37831/devstoreaccount1</c>.</summary>
    public Uri BlobServiceUri { get; }

    /// <summary>The queue service, such as <c>http://127.0.0.1:44547/devstoreaccount1</c>.</summary>
    public Uri QueueServiceUri { get; }

    /// <summary>The table service, such as <c>http://127.0.0.1:35639/devstoreaccount1</c>.</summary>
    public Uri TableServiceUri { get; }

    /// <summary>
    /// Azurite's data folder (<c>--location</c>); with in-memory persistence, an empty scratch folder used as its
    /// working directory. Deleted on disposal unless it was given by <see cref="AzuriteOptions.DataFolder"/>.
    /// </summary>
    public string DataFolder { get; }

    /// <summary>The node process's id.</summary>
    public int ProcessId { get; }

    /// <summary>The ports it listens on (a restart after a crash asks for the same ones, <see cref="AzuriteOptions.Ports"/>).</summary>
    public (int Blob, int Queue, int Table) Ports { get; }

    /// <summary>Azurite's last output lines (stdout and stderr), oldest first.</summary>
    public IReadOnlyList<string> RecentOutput => output.Snapshot();

    /// <summary>
    /// Finds the repository root, installs Azurite there if needed (<c>npm ci</c>, under a cross-process lock)
    /// and starts it on loopback with free ports.
    /// </summary>
    /// <exception cref="InvalidOperationException">node or npm is missing or fails, or Azurite exits early.</exception>
    /// <exception cref="TimeoutException">Azurite did not come up within <see cref="AzuriteOptions.StartupTimeout"/>.</exception>
    public static async Task<AzuriteProcess> StartAsync(AzuriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AzuriteOptions();
        if (options.InMemoryPersistence && options.DataFolder is not null)
        {
            throw new ArgumentException("AzuriteOptions.DataFolder cannot be combined with InMemoryPersistence.", nameof(options));
        }

        var root = RepositoryRoot.Find(options.RepositoryRoot);
        var script = await AzuriteInstaller.EnsureInstalledAsync(root, options, cancellationToken).ConfigureAwait(false);
        InstanceFolder.SweepStale();
        DataFolderOwner? owner = null;
        if (options.DataFolder is { } given && (owner = DataFolderOwner.TryClaim(given)) is null)
        {
            throw new InvalidOperationException($"Another process runs an Azurite on {given}; use that one ({nameof(StartOrAttachAsync)}) instead of starting a second on the same files.");
        }

        var instanceFolder = InstanceFolder.Create();
        try
        {
            var dataFolder = Directory.CreateDirectory(options.DataFolder ?? Path.Combine(instanceFolder.Path, "data")).FullName;
            var launched = await AzuriteLauncher.LaunchAsync(script, instanceFolder.Path, dataFolder, options, cancellationToken)
                .ConfigureAwait(false);
            var azurite = new AzuriteProcess(launched, instanceFolder, dataFolder, owner);
            owner?.Publish(azurite.ConnectionString);
            ExitCleanup.Track(azurite);
            return azurite;
        }
        catch
        {
            owner?.Dispose();
            instanceFolder.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The Azurite of <paramref name="options"/>' data folder: the one another live process of the local
    /// host runs on it (returned as a connection string, nothing started), else a new one started here.
    /// </summary>
    public static async Task<(string ConnectionString, AzuriteProcess? Started)> StartOrAttachAsync(AzuriteOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.DataFolder);
        for (var attempt = 0; ; attempt++)
        {
            if (DataFolderOwner.RunningConnectionString(options.DataFolder) is { } running)
            {
                return (running, null);
            }

            try
            {
                var started = await StartAsync(options, cancellationToken).ConfigureAwait(false);
                return (started.ConnectionString, started);
            }
            catch (InvalidOperationException) when (attempt < 20 && DataFolderOwner.TryClaim(options.DataFolder) is null)
            {
                // Another process claimed the folder at the same moment: use its Azurite once it is up.
                await Task.Delay(500, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Whether every storage endpoint the connection string names answers HTTP within <paramref name="timeout"/>
    /// (any HTTP status counts). Explicit Blob/Queue/TableEndpoint values are probed; otherwise
    /// <c>UseDevelopmentStorage=true</c> means 127.0.0.1:10000-10002, and an account name its public endpoints.
    /// </summary>
    /// <exception cref="ArgumentException">The string names no endpoint and no account.</exception>
    public static Task<bool> IsReachableAsync(string connectionString, TimeSpan timeout) =>
        StorageProbe.IsReachableAsync(connectionString, timeout);

    /// <summary>
    /// Probes the endpoints as <see cref="IsReachableAsync"/> does and says how they answered: all in
    /// time, connected but slow (a busy emulator), or not to be connected to (gone).
    /// </summary>
    /// <exception cref="ArgumentException">The string names no endpoint and no account.</exception>
    public static Task<StorageAnswer> ProbeAsync(string connectionString, TimeSpan timeout) =>
        StorageProbe.ProbeAsync(connectionString, timeout);

    /// <summary>Whether Azurite has exited (stopped by this object, or died).</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// Stops Azurite as it expects (SIGTERM: it closes its services, writing its data to disk), then
    /// ends the process, with any child, once all three services say they have closed (or after 10 s
    /// without), and deletes its temp folder (best effort).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) != 0)
        {
            return;
        }

        ExitCleanup.Forget(this);
        await GracefulStop.StopAsync(process, closed, ExitWait).ConfigureAwait(false);
        process.Dispose();
        owner?.Dispose();
        instanceFolder.Dispose();
    }

    /// <summary>Synchronous stop for process exit: SIGTERM, a short wait, then kill; delete the temp folder.</summary>
    internal void StopNow()
    {
        if (Interlocked.Exchange(ref stopped, 1) != 0)
        {
            return;
        }

        GracefulStop.Stop(process, closed, TimeSpan.FromSeconds(5));
        owner?.Dispose();
        instanceFolder.Dispose();
    }

    private static Uri AccountUri(Uri service) => new(service, DevelopmentAccountName);
}
