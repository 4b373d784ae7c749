namespace Asiakasmaksu.Local.Tests;

/// <summary>
/// <c>import FILE</c> on a file that is not a billing file at all: exit code 2 (README, docs/simulate.md),
/// the one refusal printed, and the error report written next to the file as <c>FILE.errors.csv</c>
/// (docs/billing-file.md) with its path printed.
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
}
