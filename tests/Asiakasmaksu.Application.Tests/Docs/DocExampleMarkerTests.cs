using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Application.Tests.Docs;

/// <summary>
/// Every fenced block of every page of <c>docs/</c> and of the README is either an example a test runs
/// (<c>&lt;!-- example: NAME --&gt;</c>, and some test names it) or marked as none
/// (<c>&lt;!-- not-an-example: why --&gt;</c>), so a new example cannot go untested (issue 18).
/// </summary>
public sealed class DocExampleMarkerTests
{
    /// <summary>Every page of <c>docs/</c>, and the README (named from <c>docs/</c>).</summary>
    public static TheoryData<string> Pages
    {
        get
        {
            var pages = new TheoryData<string>();
            foreach (var page in Directory.EnumerateFiles(Path.Combine(DocPages.RepositoryRoot, "docs"), "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                pages.Add(page!);
            }

            pages.Add("../README.md");
            return pages;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void GivenAPage_ThenEveryFencedBlockIsMarked(string page)
    {
        var unmarked = DocPages.Blocks(page).Where(b => b.Marker is null).Select(b => b.Block.ToString()).ToList();

        Assert.True(unmarked.Count == 0, "Unmarked blocks (mark each <!-- example: NAME --> and run it in a test, or <!-- not-an-example: why -->):\n" + string.Join('\n', unmarked));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void GivenAPage_ThenEveryExampleIsNamedByATest(string page)
    {
        var tests = Directory.EnumerateFiles(Path.Combine(DocPages.RepositoryRoot, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.EndsWith(nameof(DocExampleMarkerTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var unused = DocPages.Blocks(page).Where(b => b.Marker == "example").Select(b => b.Block.Name).Distinct()
            .Where(name => !tests.Any(t => t.Contains($"\"{name}\"", StringComparison.Ordinal)))
            .ToList();

        Assert.True(unused.Count == 0, $"Examples of docs/{page} no test runs: {string.Join(", ", unused)}");
    }
}
