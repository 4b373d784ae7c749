using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Local.Tests;

/// <summary>
/// docs/simulate.md's events table, column "who may": every event of the worked example sent
/// without a role (the actor is then the system) is applied exactly when the table names the
/// system for its type, and refused with a reason otherwise (issue 18: a documented event is
/// accepted as documented).
/// </summary>
public sealed partial class SimulateEventRolesTests
{
    [Fact]
    public async Task GivenTheWorkedExamplesEventsWithoutRoles_WhenPlayed_ThenOnlyTheTypesTheTableLetsTheSystemGiveAreApplied()
    {
        using var folder = new TempFolder();
        var events = DocPages.Example("simulate.md", "simulate.events").Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .ToList();
        foreach (var e in events)
        {
            e.Remove("role");
            e.Remove("staffId");
        }

        folder.Write("billing.csv", DocPages.Example("billing-file.md", "billing-file.csv").Text + "\n");
        folder.Write("events.jsonl", string.Join('\n', events.Select(e => e.ToJsonString())) + "\n");

        var run = await LocalCliProcess.RunAsync(folder.Path, "simulate", "--billing", "billing.csv", "--events", "events.jsonl", "--until", "2026-04-20", "--out", "out", "--letters", "html");

        Assert.True(run.ExitCode == 0, run.Error);
        var bySystem = SystemMay();
        var refused = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "out", "rejected-events.json"))).RootElement.EnumerateArray()
            .Select(r => r.GetProperty("line").GetInt32())
            .ToHashSet();
        for (var line = 1; line <= events.Count; line++)
        {
            var type = events[line - 1]["type"]!.GetValue<string>();
            Assert.True(bySystem[type] != refused.Contains(line), $"line {line} ({type}): the table says the system {(bySystem[type] ? "may" : "may not")} give it, the run {(refused.Contains(line) ? "refused" : "applied")} it");
        }

        Assert.Contains(true, bySystem.Values);
        Assert.Contains(false, bySystem.Values);
    }

    /// <summary>Each type of the events table, and whether its "who may" column names the system.</summary>
    private static Dictionary<string, bool> SystemMay() =>
        DocPages.Text("simulate.md").Split('\n')
            .Select(l => Row().Match(l.TrimEnd('\r')))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["type"].Value, m => m.Groups["who"].Value.Contains("the system", StringComparison.Ordinal));

    [GeneratedRegex(@"^\| `(?<type>[a-zA-Z]+)` \| .* \| (?<who>[^|]*) \|$")]
    private static partial Regex Row();
}
