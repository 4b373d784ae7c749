using System.Security.Cryptography;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>
/// The key of the henkilötunnus hash for a local or development host that was given none
/// (<c>Search:PersonalIdentityKey</c>): 32 random bytes made once and kept in a file beside the
/// host's data (<c>Search:PersonalIdentityKeyFile</c>, default <c>local-data/search-key</c>), readable by
/// its owner only, so the index of a local host outlives restarts and means nothing without the file.
/// The Azure app is always given its key (a Key Vault secret) and never makes one.
/// </summary>
public static class LocalSearchKey
{
    /// <summary>The key in <paramref name="path"/>, made and written there first when the file does not exist.</summary>
    public static byte[] ReadOrCreate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return Read(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var file = new StreamWriter(path, options);
            file.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process of the same host made it first: use theirs.
            return Read(path);
        }
    }

    private static byte[] Read(string path)
    {
        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return key.Length >= 32 ? key : throw new InvalidOperationException($"The search key file {path} holds fewer than 32 bytes; delete it to make a new one (the index's henkilötunnus rows are then found again after the next import).");
    }
}
