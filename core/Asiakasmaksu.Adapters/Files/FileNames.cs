using System.Buffers;

namespace Asiakasmaksu.Adapters.Files;

/// <summary>Makes ids safe as file names.</summary>
internal static class FileNames
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create([.. Path.GetInvalidFileNameChars(), '\\']);

    public static string Safe(string name)
    {
        var safe = name.AsSpan().ContainsAny(Unsafe)
            ? string.Create(name.Length, name, (chars, n) =>
            {
                for (var i = 0; i < n.Length; i++)
                {
                    chars[i] = Unsafe.Contains(n[i]) ? '_' : n[i];
                }
            })
            : name;
        return safe is "." or ".." or "" ? "_" : safe;
    }
}
