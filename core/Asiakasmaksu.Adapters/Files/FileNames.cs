namespace Asiakasmaksu.Adapters.Files;

/// <summary>Makes ids safe as file names.</summary>
internal static class FileNames
{
    public static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. name.Select(c => invalid.Contains(c) || c == '\\' ? '_' : c)]);
        return safe is "." or ".." or "" ? "_" : safe;
    }
}
