namespace Asiakasmaksu.Local.Tests;

/// <summary>
/// The quick start's <c>demo</c> plays the shipped sample through the durable local host (the Durable
/// engine on Azurite, the demonstration clock) and ends exactly where <c>simulate</c> ends on the
/// same files: every invoice's status, stage, amounts and timeline, every notice on the same day by
/// the same channel to the same file, the same refused events and ceiling accounts; and it prints
/// neither housekeeping's nor the storage watchdog's warnings on the way.
/// </summary>
public sealed class DurableDemoParityTests
{
    private static readonly string[] SameOutputs = ["invoices.json", "notices.json", "rejected-events.json", "ceilings.json", "rejected-lines.csv", "import-warnings.csv"];

    [Fact]
    public async Task GivenTheShippedSample_WhenPlayedThroughTheDurableHostAndBySimulate_ThenBothEndTheSame()
    {
        using var dir = new TempFolder();
        var durable = Path.Combine(dir.Path, "durable");
        var simulated = Path.Combine(dir.Path, "simulated");

        var demo = await LocalCliProcess.RunAsync(dir.Path, ["demo", "--out", durable], new Dictionary<string, string>(), TimeSpan.FromMinutes(12));
        Assert.True(demo.ExitCode == 0, demo.Error);
        var input = Path.Combine(durable, "input");
        var simulate = await LocalCliProcess.RunAsync(
            dir.Path,
            "simulate", "--billing", Path.Combine(input, "demo-billing-2026-01.csv"), "--billing", Path.Combine(input, "demo-billing-2026-02.csv"),
            "--events", Path.Combine(input, "demo-events.jsonl"), "--until", "2026-12-31", "--out", simulated);
        Assert.True(simulate.ExitCode == 0, simulate.Error);

        foreach (var output in SameOutputs)
        {
            Assert.True(File.ReadAllText(Path.Combine(durable, output)) == File.ReadAllText(Path.Combine(simulated, output)), $"{output} differs between demo and simulate");
        }

        Assert.Equal(NoticeFiles(simulated), NoticeFiles(durable));
        Assert.True(NoticeFiles(durable).Count > 600, $"only {NoticeFiles(durable).Count} notices were delivered");
        Assert.Contains("the Durable Task engine (Azure Storage provider)", demo.Output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);

        // The first command a newcomer runs once warned that 2000 had no tariff (housekeeping's outlook
        // on the demo clock's first instant) and that its own Azurite was slow. Only those two are
        // checked: a loaded machine may make others (a claim that timed out and is tried again).
        var printed = demo.Output + demo.Error;
        Assert.DoesNotContain("No tariff is configured", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("HousekeepingService", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("StorageWatchdog", printed, StringComparison.Ordinal);
    }

    /// <summary>The notice files a run wrote, as paths under its notices folder.</summary>
    private static List<string> NoticeFiles(string output)
    {
        var notices = Path.Combine(output, "notices");
        return [.. Directory.EnumerateFiles(notices, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(notices, f)).Order(StringComparer.Ordinal)];
    }
}
