namespace Asiakasmaksu.Local.Tests;

/// <summary>A folder of its own for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "asiakasmaksu-local-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder; returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process the test started may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
