namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// A tiny script node preloads (<c>--require</c>) before Azurite: when its standard input closes it stops
/// Azurite as SIGTERM does (Azurite then writes its data to disk and exits), and exits for sure 15 s later.
/// The parent keeps the pipe's write end open; the operating system closes it when the parent ends in any way
/// (normal exit, exception, <c>kill -9</c>), so Azurite never outlives the process that started it, and
/// what it was told to store is kept.
/// </summary>
internal static class ParentWatchdog
{
    /// <summary>The script's text.</summary>
    public const string Script =
        """
        // Written by Asiakasmaksu's AzuriteProcess: stop Azurite when the parent process closes our stdin (it exited or crashed).
        'use strict';
        const stop = () => {
          setTimeout(() => process.exit(0), 15000).unref();
          process.kill(process.pid, 'SIGTERM');
        };
        process.stdin.on('end', stop);
        process.stdin.on('error', stop);
        process.stdin.resume();

        """;

    /// <summary>Writes the script into a private folder (so no other user can replace it) and returns its path.</summary>
    public static string WriteTo(string folder)
    {
        var path = Path.Combine(folder, "parent-watchdog.cjs");
        File.WriteAllText(path, Script);
        return path;
    }
}
