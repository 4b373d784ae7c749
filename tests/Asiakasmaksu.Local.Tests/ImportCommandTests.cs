using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Local.Tests;

/// <summary>
/// <c>import FILE</c> on a file that is not a billing file at all: exit code 2 (README, docs/simulate.md),
/// the one refusal printed, and the error report written next to the file as <c>FILE.errors.csv</c>
/// (docs/billing-file.md) with its path printed; and, 90 days or less before a year the tariff
/// configuration lacks, a warning naming that year after the summary (docs/tariffs.md).
/// </summary>
public sealed class ImportCommandTests
{
    [Fact]
    public async Task GivenAFileRefusedWhole_WhenImported_ThenExit2WithTheReasonAndTheErrorReportNextToTheFile()
    {
        using var dir = new TempFolder();
        var file = dir.Write("not-billing.csv", "this is not;a billing file\n1;2\n");

        var run = await LocalCliProcess.RunAsync(dir.Path, "import", file);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Output} {run.Error}");
        var printed = run.Output.ReplaceLineEndings(string.Empty);
        Assert.Contains("not-billing.csv refused:", printed, StringComparison.Ordinal);
        Assert.Contains(file + ".errors.csv", printed, StringComparison.Ordinal);
        var report = File.ReadAllLines(file + ".errors.csv");
        Assert.True(report.Length >= 2, string.Join('\n', report));
    }

    [Fact]
    public async Task GivenBusinessTimeSixtyOneDaysBefore2028_WhenAFileIsImported_ThenTheSummaryWarnsThat2028HasNoTariff()
    {
        using var dir = new TempFolder();
        var sample = File.ReadLines(Path.Combine(DocPages.RepositoryRoot, "samples", "demo-billing-2026-01.csv")).Take(5);
        var file = dir.Write("small.csv", string.Join('\n', sample) + "\n");

        // The business clock of the local data (serve --speed 1 --from 2027-11-01 keeps this line).
        var now = DateTimeOffset.UtcNow;
        dir.Write(
            "local-data/business-clock.json",
            $$"""{ "BusinessStart": "2027-11-01T07:00:00+00:00", "WallStart": "{{now:O}}", "Speed": 1 }""");

        var run = await LocalCliProcess.RunAsync(dir.Path, "import", file);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Output} {run.Error}");
        // As docs/tariffs.md shows it; the console wraps long lines at a space: compare without white space.
        Assert.Contains(
            WithoutWhiteSpace(DocPages.Example("tariffs.md", "import-tariff-warning").Text),
            WithoutWhiteSpace(run.Output),
            StringComparison.Ordinal);
    }

    private static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
