namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// A tiny script node preloads (<c>--require</c>) before Azurite: it exits when its standard input closes.
/// The parent keeps the pipe's write end open; the operating system closes it when the parent ends in any way
/// (normal exit, exception, <c>kill -9</c>), so Azurite never outlives the process that started it.
/// </summary>
internal static class ParentWatchdog
{
    /// <summary>The script's text.</summary>
    public const string Script =
        """
        // Written by Asiakasmaksu's AzuriteProcess: end Azurite when the parent process closes our stdin (it exited or crashed).
        'use strict';
        process.stdin.on('end', () => process.exit(0));
        process.stdin.on('error', () => process.exit(0));
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
