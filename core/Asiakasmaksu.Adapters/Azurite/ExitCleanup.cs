using System.Collections.Concurrent;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>Kills the Azurite processes still running when this process exits normally (AppDomain.ProcessExit).</summary>
internal static class ExitCleanup
{
    private static readonly ConcurrentDictionary<AzuriteProcess, byte> Live = new();

    static ExitCleanup() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

    /// <summary>Remembers a running instance.</summary>
    public static void Track(AzuriteProcess azurite) => Live.TryAdd(azurite, 0);

    /// <summary>Forgets an instance (it is being disposed).</summary>
    public static void Forget(AzuriteProcess azurite) => Live.TryRemove(azurite, out _);

    private static void StopAll()
    {
        foreach (var azurite in Live.Keys)
        {
            azurite.StopNow();
        }
    }
}
