using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// Stops Azurite the way it expects to be stopped: SIGTERM, on which it closes its services and writes
/// its data to disk (it otherwise saves only every few seconds). It says when each service has closed
/// (<see cref="ClosedParser"/>) but its process lingers on its clean-up timers, so it is killed once
/// all have closed, or when the wait is over without that.
/// </summary>
internal static partial class GracefulStop
{
    private const int SigTerm = 15;

    /// <summary>How long a kill is given to take effect before the stop returns anyway.</summary>
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Asks <paramref name="process"/> to stop and waits up to <paramref name="wait"/> for it to exit or
    /// for <paramref name="closed"/>; then kills it and its children if it is still there.
    /// </summary>
    public static async Task StopAsync(Process process, Task closed, TimeSpan wait)
    {
        if (Terminate(process))
        {
            var exited = process.WaitForExitAsync();
            try
            {
                await Task.WhenAny(exited, closed).WaitAsync(wait).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Neither exited nor closed in time: killed below.
            }

            if (exited.IsCompletedSuccessfully)
            {
                return;
            }
        }

        ChildProcesses.KillTree(process);
        try
        {
            await process.WaitForExitAsync().WaitAsync(KillWait).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Killed but not yet reaped: nothing more to do.
        }
    }

    /// <summary>The same, blocking (for process exit).</summary>
    public static void Stop(Process process, Task closed, TimeSpan wait)
    {
        if (Terminate(process))
        {
            Task.WaitAny([process.WaitForExitAsync(), closed], wait);
        }

        ChildProcesses.KillTree(process);
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
