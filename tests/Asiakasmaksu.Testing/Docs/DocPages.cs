using System.Text.RegularExpressions;

namespace Asiakasmaksu.Testing.Docs;

/// <summary>
/// Reads the pages of <c>docs/</c> and their fenced code blocks, so that tests run the examples the
/// documentation shows (issue 18): a block marked <c>&lt;!-- example: NAME --&gt;</c> is an input or
/// output some test runs through the real code; <c>&lt;!-- not-an-example: why --&gt;</c> marks a
/// block that is neither (a command line, a measurement).
/// </summary>
public static partial class DocPages
{
    /// <summary>The repository's root (the folder holding <c>Asiakasmaksu.Functions.sln</c>).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The text of <c>docs/<paramref name="page"/></c>.</summary>
    public static string Text(string page) => File.ReadAllText(Path.Combine(RepositoryRoot, "docs", page));

    /// <summary>Every fenced block of <paramref name="page"/>, marked or not, in page order.</summary>
    public static IReadOnlyList<(DocExample Block, string? Marker)> Blocks(string page)
    {
        var lines = Text(page).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var blocks = new List<(DocExample, string?)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !Fence().IsMatch(lines[i]); i++)
            {
                body.Add(lines[i]);
            }

            var before = start > 0 ? lines[start - 1].Trim() : string.Empty;
            var marker = Marker().Match(before);
            var name = marker.Success && marker.Groups["kind"].Value == "example" ? marker.Groups["name"].Value : string.Empty;
            var argument = marker.Success && marker.Groups["argument"].Success ? marker.Groups["argument"].Value.Trim() : null;
            blocks.Add((new DocExample(page, name, argument, fence.Groups["info"].Value.Trim(), string.Join('\n', body), start + 1), marker.Success ? marker.Groups["kind"].Value : null));
        }

        return blocks;
    }

    /// <summary>The examples of <paramref name="page"/> named <paramref name="name"/>, in page order (none is an error).</summary>
    public static IReadOnlyList<DocExample> Examples(string page, string name)
    {
        var found = Blocks(page).Select(b => b.Block).Where(b => b.Name == name).ToList();
        return found.Count > 0 ? found : throw new InvalidOperationException($"docs/{page} has no example named {name}.");
    }

    /// <summary>The one example of <paramref name="page"/> named <paramref name="name"/>.</summary>
    public static DocExample Example(string page, string name) =>
        Examples(page, name) is [var one] ? one : throw new InvalidOperationException($"docs/{page} has more than one example named {name}.");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Asiakasmaksu.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Asiakasmaksu.Functions.sln) is not above the test's folder.");
    }

    [GeneratedRegex(@"^\s*```(?<info>.*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^<!--\s*(?<kind>example|not-an-example):\s*(?<name>[^\s>]+)(?<argument>[^>]*?)?\s*-->$")]
    private static partial Regex Marker();
}
