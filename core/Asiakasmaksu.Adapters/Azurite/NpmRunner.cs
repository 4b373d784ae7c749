using System.ComponentModel;
using System.Diagnostics;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>Runs <c>npm ci --no-audit --no-fund</c> in the repository root.</summary>
internal static class NpmRunner
{
    private const int TailLines = 40;

    /// <summary>Runs npm ci; throws with npm's stderr tail when npm is missing, fails or times out.</summary>
    public static async Task CiAsync(string root, AzuriteOptions options, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.NpmExecutable)
        {
            WorkingDirectory = root,
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["npm_config_update_notifier"] = "false";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Azurite is not installed in '{Path.Combine(root, "node_modules")}' and '{options.NpmExecutable}' could not be started " +
                $"({e.Message}). Install Node.js 20 or newer with npm and make sure it is on PATH, or run 'npm ci' in '{root}'.",
                e);
        }

        using (process)
        {
            var stdout = new OutputRing(TailLines, headCapacity: 10);
            var stderr = new OutputRing(TailLines, headCapacity: 10);
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) stdout.Add(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) stderr.Add(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.StandardInput.Close();

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.InstallTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                ChildProcesses.KillTree(process);
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException(
                    $"'npm ci' in '{root}' did not finish within {options.InstallTimeout}. Last stderr lines:{Environment.NewLine}{stderr.Tail(TailLines)}");
            }

            if (process.ExitCode != 0)
            {
                var tail = stderr.Total > 0 ? stderr.Tail(TailLines) : stdout.Tail(TailLines);
                throw new InvalidOperationException(
                    $"'npm ci --no-audit --no-fund' in '{root}' failed with exit code {process.ExitCode}. npm's stderr (first and last lines):{Environment.NewLine}{tail}");
            }
        }
    }
}
