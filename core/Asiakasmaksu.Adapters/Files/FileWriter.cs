namespace Asiakasmaksu.Adapters.Files;

/// <summary>Writes a whole file with one open, one write and one close.</summary>
internal static class FileWriter
{
    /// <summary>Creates <paramref name="path"/> as <paramref name="mode"/> says (Create or CreateNew) and writes <paramref name="content"/> to it.</summary>
    public static void Write(string path, FileMode mode, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, mode, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
    }
}
