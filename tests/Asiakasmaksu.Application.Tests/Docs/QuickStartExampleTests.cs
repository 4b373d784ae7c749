using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Application.Tests.Docs;

/// <summary>
/// The README's quick start (<c>quick-start</c>) is exactly two commands: the first runs the local
/// host's <c>demo</c> (which <c>DurableDemoParityTests</c> runs end to end and compares with
/// <c>simulate</c>), the second is the test command <c>.ci/run</c> ends with.
/// </summary>
public sealed class QuickStartExampleTests
{
    [Fact]
    public void GivenTheReadme_ThenItsQuickStartRunsTheLocalHostsDemoAndThenWhatCiRuns()
    {
        var commands = DocPages.Example("../README.md", "quick-start").Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ciLast = File.ReadAllLines(Path.Combine(DocPages.RepositoryRoot, ".ci", "run")).Select(l => l.Trim()).Last(l => l.Length > 0 && !l.StartsWith('#'));

        Assert.Equal(2, commands.Length);
        var demo = commands[0].Split(' ');
        Assert.Equal(["dotnet", "run", "--project"], demo[..3]);
        Assert.True(File.Exists(Path.Combine(DocPages.RepositoryRoot, demo[3], Path.GetFileName(demo[3]) + ".csproj")), $"{demo[3]} is not a project folder");
        Assert.Equal(["--", "demo"], demo[4..]);
        Assert.Equal(ciLast, commands[1]);
    }
}
