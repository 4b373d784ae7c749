namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>
/// A private temp folder for one Azurite (its data and the watchdog script). It holds an exclusively opened
/// <c>.owner.lock</c> while its owner lives, so that folders left by a crashed process can be told apart and
/// swept by the next start.
/// </summary>
internal sealed class InstanceFolder : IDisposable
{
    private const string Prefix = "asiakasmaksu-azurite-";
    private const string LockName = ".owner.lock";
    private static readonly TimeSpan SweepMinimumAge = TimeSpan.FromMinutes(1);

    private readonly FileStream ownerLock;

    private InstanceFolder(string path)
    {
        Path = path;
        ownerLock = new FileStream(System.IO.Path.Combine(path, LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Creates a fresh folder in the temp folder.</summary>
    public static InstanceFolder Create() => new(Directory.CreateTempSubdirectory(Prefix).FullName);

    /// <summary>Deletes the folders of earlier instances whose owner has died (their lock is free). Best effort.</summary>
    public static void SweepStale()
    {
        try
        {
            foreach (var folder in new DirectoryInfo(System.IO.Path.GetTempPath()).EnumerateDirectories(Prefix + "*"))
            {
                if (DateTime.UtcNow - folder.LastWriteTimeUtc > SweepMinimumAge && OwnerIsGone(folder.FullName))
                {
                    ChildProcesses.TryDeleteFolder(folder.FullName);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Sweeping is a courtesy; never let it stop a start.
        }
    }

    /// <summary>Releases the lock and deletes the folder (best effort).</summary>
    public void Dispose()
    {
        ownerLock.Dispose();
        ChildProcesses.TryDeleteFolder(Path);
    }

    private static bool OwnerIsGone(string folder)
    {
        try
        {
            using var probe = new FileStream(System.IO.Path.Combine(folder, LockName), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (FileNotFoundException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
