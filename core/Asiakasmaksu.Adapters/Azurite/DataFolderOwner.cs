using System.Text.Json;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// One process's claim on an Azurite data folder: an exclusively opened lock file held while its Azurite
/// runs, and that Azurite's connection string beside it. Another process of the same local host (a
/// command beside a running <c>serve</c>) finds the running Azurite and uses it, instead of starting a
/// second emulator on the same files, whose saves would overwrite each other.
/// </summary>
public sealed class DataFolderOwner : IDisposable
{
    private const string LockName = ".asiakasmaksu-owner.lock";
    private const string EndpointsName = ".asiakasmaksu-owner.json";

    private readonly FileStream ownerLock;
    private readonly string folder;

    private DataFolderOwner(FileStream ownerLock, string folder)
    {
        this.ownerLock = ownerLock;
        this.folder = folder;
    }

    /// <summary>Claims <paramref name="dataFolder"/>; null when another live process holds it.</summary>
    public static DataFolderOwner? TryClaim(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        try
        {
            var held = new FileStream(Path.Combine(dataFolder, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new DataFolderOwner(held, dataFolder);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// The connection string of the Azurite another live process runs on <paramref name="dataFolder"/>,
    /// or null when no live process holds the folder.
    /// </summary>
    public static string? RunningConnectionString(string dataFolder)
    {
        if (!Directory.Exists(dataFolder))
        {
            return null;
        }

        if (TryClaim(dataFolder) is { } free)
        {
            // Nobody holds it: no Azurite runs on it.
            free.Dispose();
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Published>(File.ReadAllText(Path.Combine(dataFolder, EndpointsName)))?.ConnectionString;
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            // Held, but not yet published (its Azurite is starting) or being removed.
            return null;
        }
    }

    /// <summary>Tells other processes where this folder's Azurite answers.</summary>
    public void Publish(string connectionString) =>
        File.WriteAllText(Path.Combine(folder, EndpointsName), JsonSerializer.Serialize(new Published(connectionString, Environment.ProcessId)));

    /// <summary>Withdraws the connection string and releases the folder.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(Path.Combine(folder, EndpointsName));
        }
        catch (IOException)
        {
            // Best effort: a stale file is ignored once the lock is free.
        }

        ownerLock.Dispose();
    }

    private sealed record Published(string ConnectionString, int ProcessId);
}
