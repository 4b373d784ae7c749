namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>How <see cref="AzuriteProcess.StartAsync"/> installs and starts Azurite.</summary>
public sealed class AzuriteOptions
{
    /// <summary>
    /// The folder holding the repository's <c>package.json</c> (which pins Azurite).
    /// When null, it is found by walking up from the current directory and from
    /// <see cref="AppContext.BaseDirectory"/> to the folder holding both <c>package.json</c>
    /// and <c>Asiakasmaksu.Functions.sln</c>.
    /// </summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>
    /// Keep all data in Azurite's memory (<c>--inMemoryPersistence</c>) instead of a data folder.
    /// Faster, for benchmarks; nothing survives the process.
    /// </summary>
    public bool InMemoryPersistence { get; init; }

    /// <summary>
    /// A folder to keep Azurite's data in (<c>--location</c>), kept after disposal.
    /// When null (the default), a fresh temporary folder is used and deleted on disposal.
    /// Not allowed together with <see cref="InMemoryPersistence"/>.
    /// </summary>
    public string? DataFolder { get; init; }

    /// <summary>How long Azurite may take to report that all three services listen. Default 60 s.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long <c>npm ci</c> (and waiting for another process's <c>npm ci</c>) may take. Default 10 min.</summary>
    public TimeSpan InstallTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Node's old-space heap limit for Azurite, in MB (<c>--max-old-space-size</c>). When null (the default),
    /// node's own limit applies, about 4 GB on a 64-bit machine. Azurite keeps every table in memory
    /// (LokiJS), so an import of a million lines, about four million entities, needs more than that.
    /// </summary>
    public int? NodeHeapLimitMegabytes { get; init; }

    /// <summary>The node executable. Default <c>node</c> (from PATH).</summary>
    public string NodeExecutable { get; init; } = "node";

    /// <summary>The npm executable. Default <c>npm</c> (<c>npm.cmd</c> on Windows), from PATH.</summary>
    public string NpmExecutable { get; init; } = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    /// <summary>The ports to listen on (blob, queue, table); default: free ones. A restart after a crash asks for the old ones, so its clients find it again.</summary>
    public (int Blob, int Queue, int Table)? Ports { get; init; }

    /// <summary>Let Azurite log every request (no <c>--silent</c>). Default false.</summary>
    public bool AccessLog { get; init; }

    /// <summary>Copy Azurite's output lines to the console. Default false: output is only kept in memory.</summary>
    public bool EchoOutputToConsole { get; init; }

    /// <summary>Called with each line Azurite writes (stdout and stderr), on a thread-pool thread.</summary>
    public Action<string>? OutputLine { get; init; }

    /// <summary>How many of Azurite's last output lines to keep for error messages. Default 200.</summary>
    public int RecentOutputLines { get; init; } = 200;

    /// <summary>
    /// Make Azurite exit when this process dies, even by a crash: Azurite watches its standard input,
    /// which the operating system closes when this process ends. Default true.
    /// </summary>
    public bool ExitWithParent { get; init; } = true;
}
