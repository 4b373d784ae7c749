namespace Asiakasmaksu.Adapters.Files;

/// <summary>
/// A folder whose files are each written once: a file that exists already is left as it is (the
/// message was handed over before; at most once). The folder is made on first use, and again if it
/// was removed meanwhile. One synchronous write a file (a local disk gains nothing from an
/// asynchronous hop).
/// </summary>
internal sealed class WriteOnceFolder(string folder)
{
    private volatile bool folderMade;

    /// <summary>Writes <paramref name="content"/> as <paramref name="fileName"/> unless it exists; returns its path.</summary>
    public string Write(string fileName, ReadOnlySpan<byte> content)
    {
        var path = Path.Combine(folder, fileName);
        if (!folderMade)
        {
            Directory.CreateDirectory(folder);
            folderMade = true;
        }

        try
        {
            WriteNew(path, content);
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(folder);
            WriteNew(path, content);
        }

        return path;
    }

    private static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        try
        {
            FileWriter.Write(path, FileMode.CreateNew, content);
        }
        catch (IOException e) when (e is not DirectoryNotFoundException && File.Exists(path))
        {
            // Written before: at most once.
        }
    }
}
