using System.ComponentModel;
using System.Diagnostics;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>Best-effort ending of child processes and removal of their folders.</summary>
internal static class ChildProcesses
{
    /// <summary>Kills the process and its descendants, ignoring a process that has already gone.</summary>
    public static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already exited, or never started: nothing to kill.
        }
    }

    /// <summary>Deletes a folder and everything in it, retrying briefly (Windows may still hold files of a just-killed process).</summary>
    public static void TryDeleteFolder(string folder)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100 * (attempt + 1));
            }
        }
    }
}
