using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// Stops Azurite the way it expects to be stopped: SIGTERM, on which it writes its data to disk (it
/// otherwise saves only every few seconds) and exits; killed only if it does not exit in time.
/// </summary>
internal static partial class GracefulStop
{
    private const int SigTerm = 15;

    /// <summary>Asks <paramref name="process"/> to stop and waits up to <paramref name="wait"/>; then kills it and its children.</summary>
    public static async Task StopAsync(Process process, TimeSpan wait)
    {
        if (Terminate(process))
        {
            using var timeout = new CancellationTokenSource(wait);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException)
            {
                // It did not stop in time: killed below.
            }
        }

        ChildProcesses.KillTree(process);
    }

    /// <summary>The same, blocking (for process exit).</summary>
    public static void Stop(Process process, TimeSpan wait)
    {
        if (!Terminate(process) || !process.WaitForExit(wait))
        {
            ChildProcesses.KillTree(process);
        }
    }

    /// <summary>Sends SIGTERM; false where that is not possible (Windows) or the process has gone.</summary>
    private static bool Terminate(Process process)
    {
        try
        {
            return !OperatingSystem.IsWindows() && !process.HasExited && Kill(process.Id, SigTerm) == 0;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
