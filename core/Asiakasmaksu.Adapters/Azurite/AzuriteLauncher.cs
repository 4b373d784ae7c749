using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>Starts node with Azurite on loopback (free ports unless told which) and waits until it reports its ports.</summary>
internal static class AzuriteLauncher
{
    private const string Loopback = "127.0.0.1";
    private const int ErrorTailLines = 40;

    /// <summary>A started Azurite, its output ring, its endpoints and what completes once its services have closed.</summary>
    internal sealed record Launched(Process Process, OutputRing Output, AzuriteEndpoints Endpoints, Task Closed);

    /// <summary>Starts Azurite; on failure kills it and throws with its last output lines.</summary>
    public static async Task<Launched> LaunchAsync(
        string script, string instanceFolder, string dataFolder, AzuriteOptions options, CancellationToken cancellationToken)
    {
        var output = new OutputRing(options.RecentOutputLines);
        var parser = new ListeningParser();
        var closed = new ClosedParser();
        var start = StartInfo(script, instanceFolder, dataFolder, options);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, output, parser, closed, options);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, output, parser, closed, options);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException(
                $"'{options.NodeExecutable}' could not be started ({e.Message}). Install Node.js 20 or newer and make sure it is on PATH.", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var endpoints = await WaitUntilListeningAsync(process, parser, output, options, cancellationToken).ConfigureAwait(false);
            return new Launched(process, output, endpoints, closed.Closed);
        }
        catch
        {
            ChildProcesses.KillTree(process);
            process.Dispose();
            throw;
        }
    }

    private static async Task<AzuriteEndpoints> WaitUntilListeningAsync(
        Process process, ListeningParser parser, OutputRing output, AzuriteOptions options, CancellationToken cancellationToken)
    {
        using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        startup.CancelAfter(options.StartupTimeout);
        var exited = process.WaitForExitAsync(startup.Token);
        await Task.WhenAny(parser.Ready, exited).ConfigureAwait(false);
        if (parser.Ready.IsCompletedSuccessfully)
        {
            await startup.CancelAsync().ConfigureAwait(false);
            return await parser.Ready.ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (exited.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException(
                $"Azurite exited with code {process.ExitCode} before all services were listening. Last output:{Environment.NewLine}{output.Tail(ErrorTailLines)}");
        }

        throw new TimeoutException(
            $"Azurite did not report all three services listening within {options.StartupTimeout}. Last output:{Environment.NewLine}{output.Tail(ErrorTailLines)}");
    }

    private static void OnLine(string? line, OutputRing output, ListeningParser parser, ClosedParser closed, AzuriteOptions options)
    {
        if (line is null)
        {
            return;
        }

        output.Add(line);
        parser.OnLine(line);
        closed.OnLine(line);
        if (options.EchoOutputToConsole)
        {
            Console.WriteLine($"[azurite] {line}");
        }

        options.OutputLine?.Invoke(line);
    }

    internal static ProcessStartInfo StartInfo(string script, string instanceFolder, string dataFolder, AzuriteOptions options)
    {
        var start = new ProcessStartInfo(options.NodeExecutable)
        {
            WorkingDirectory = dataFolder,
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var arguments = start.ArgumentList;
        if (options.NodeHeapLimitMegabytes is { } heapLimit)
        {
            arguments.Add(string.Create(CultureInfo.InvariantCulture, $"--max-old-space-size={heapLimit}"));
        }

        if (options.ExitWithParent)
        {
            arguments.Add("--require");
            arguments.Add(ParentWatchdog.WriteTo(instanceFolder));
        }

        arguments.Add(script);
        var ports = options.Ports is { } p ? new[] { p.Blob, p.Queue, p.Table } : [0, 0, 0];
        foreach (var (service, port) in new[] { "blob", "queue", "table" }.Zip(ports))
        {
            arguments.Add(string.Create(CultureInfo.InvariantCulture, $"--{service}Host"));
            arguments.Add(Loopback);
            arguments.Add(string.Create(CultureInfo.InvariantCulture, $"--{service}Port"));
            arguments.Add(port.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var flag in new[] { "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl", "--disableTelemetry" })
        {
            arguments.Add(flag);
        }

        if (!options.AccessLog)
        {
            arguments.Add("--silent");
        }

        if (options.InMemoryPersistence)
        {
            arguments.Add("--inMemoryPersistence");
        }
        else
        {
            arguments.Add("--location");
            arguments.Add(dataFolder);
        }

        return start;
    }
}
