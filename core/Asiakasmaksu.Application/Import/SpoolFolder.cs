namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Where an import keeps its temporary files: sorted runs of billing lines (names, addresses, email
/// addresses: personal data) and the error report being written. Each process has one folder of its
/// own in the temp folder, readable by its user only (mode 0700 on Unix), holding an exclusively
/// opened owner lock while the process lives. Files in it are created readable by their user only
/// (0600) and never outlive their use: on Unix a file is unlinked the moment it is opened (the open
/// handle keeps it readable, and nothing is left on disk even when the process is killed); elsewhere
/// it is deleted when closed, which Windows also does for a killed process. The first import of a
/// process sweeps what earlier processes left behind: folders whose owner lock is free, and spool
/// files of versions that wrote them straight into the temp folder.
/// </summary>
internal sealed class SpoolFolder
{
    /// <summary>The start of every folder's (and every legacy spool file's) name.</summary>
    public const string Prefix = "asiakasmaksu-import-";

    private const string LockName = ".owner.lock";

    private static readonly Lazy<SpoolFolder> Process = new(() => Create(System.IO.Path.GetTempPath()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FileStream ownerLock;

    private SpoolFolder(string path)
    {
        Path = path;
        ownerLock = new FileStream(System.IO.Path.Combine(path, LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>This process's folder (created, after a sweep, on first use).</summary>
    public static SpoolFolder Shared => Process.Value;

    /// <summary>Sweeps <paramref name="parent"/> (<see cref="SweepLeftovers"/>), then creates a private folder in it.</summary>
    public static SpoolFolder Create(string parent)
    {
        SweepLeftovers(parent);
        var path = System.IO.Path.Combine(parent, $"{Prefix}{Guid.NewGuid():N}");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return new SpoolFolder(path);
    }

    /// <summary>
    /// Deletes, in <paramref name="parent"/>, the spool folders of processes that have ended (their
    /// owner lock is free) and the spool files and error-report buffers earlier versions wrote
    /// straight into it. Best effort: what cannot be deleted (another user's) is left.
    /// </summary>
    public static void SweepLeftovers(string parent)
    {
        try
        {
            var temp = new DirectoryInfo(parent);
            foreach (var file in temp.EnumerateFiles(Prefix + "*.run").Concat(temp.EnumerateFiles("asiakasmaksu-errors-*.csv")))
            {
                Try(file.Delete);
            }

            foreach (var folder in temp.EnumerateDirectories(Prefix + "*"))
            {
                if (OwnerIsGone(folder.FullName))
                {
                    Try(() => folder.Delete(recursive: true));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Sweeping is a courtesy; it never stops an import.
        }
    }

    /// <summary>
    /// A new file, readable and writable by this user only, that no other process can open and that
    /// is gone from the disk as soon as possible (at once on Unix, when closed elsewhere).
    /// </summary>
    public FileStream CreateFile(string extension, FileOptions options = FileOptions.None)
    {
        var path = System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N") + extension);
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None, BufferSize = 1 << 16, Options = options };
        if (OperatingSystem.IsWindows())
        {
            file.Options |= FileOptions.DeleteOnClose;
            return new FileStream(path, file);
        }

        file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var stream = new FileStream(path, file);
        File.Delete(path);
        return stream;
    }

    private static bool OwnerIsGone(string folder)
    {
        try
        {
            using var probe = new FileStream(System.IO.Path.Combine(folder, LockName), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Try(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for another sweep.
        }
    }
}
