using System.Text.Json;
using System.Text.RegularExpressions;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Local.Tests;

/// <summary>
/// docs/simulate.md "Worked example" as a user runs it (issue 18): the billing file of
/// docs/billing-file.md, the bank file of docs/payments.md and the events the page shows, played by
/// the command the page shows; every output the page shows is what the program writes.
/// </summary>
public sealed partial class SimulateDocExampleTests : IClassFixture<SimulateDocExampleTests.Run>
{
    private readonly Run run;

    public SimulateDocExampleTests(Run run) => this.run = run;

    [Fact]
    public void GivenThePagesCommand_WhenRun_ThenItCompletes() =>
        Assert.True(run.ExitCode == 0, run.Errors);

    [Fact]
    public void GivenTheWorkedExample_ThenTheInvoiceShownIsTheOneWritten()
    {
        var documented = JsonDocument.Parse(Page("simulate.invoices-json").Text).RootElement;
        var written = run.Json("invoices.json").EnumerateArray().Single(i => i.GetProperty("invoiceId").GetString() == documented.GetProperty("invoiceId").GetString());

        AssertSame("invoices.json", documented, written);
    }

    [Fact]
    public void GivenTheWorkedExample_ThenTheNoticesShownAreThoseWrittenToTheirClients()
    {
        var documented = JsonDocument.Parse(Page("simulate.notices-json").Text).RootElement;
        var clients = documented.EnumerateArray().Select(n => n.GetProperty("clientId").GetString()).ToHashSet();
        Assert.NotEmpty(clients);
        var written = run.Json("notices.json").EnumerateArray().Where(n => clients.Contains(n.GetProperty("clientId").GetString())).ToList();

        AssertSame("notices.json", documented, JsonSerializer.SerializeToElement(written));
        Assert.All(written, n => Assert.True(File.Exists(Path.Combine(run.Output, "notices", n.GetProperty("file").GetString()!)), n.ToString()));
    }

    [Theory]
    [InlineData("simulate.rejected-events", "rejected-events.json")]
    [InlineData("simulate.ceilings-json", "ceilings.json")]
    [InlineData("simulate.unmatched-payments", "unmatched-payments.json")]
    public void GivenTheWorkedExample_ThenTheWholeOutputShownIsTheOneWritten(string example, string file) =>
        AssertSame(file, JsonDocument.Parse(Page(example).Text).RootElement, run.Json(file));

    [Fact]
    public void GivenTheWorkedExample_ThenTheRejectedLinesShownAreTheOnesWritten() =>
        Assert.Equal(Page("simulate.rejected-lines").Text.Trim(), File.ReadAllText(Path.Combine(run.Output, "rejected-lines.csv")).ReplaceLineEndings("\n").Trim());

    [Fact]
    public void GivenTheEventsTable_ThenEveryTypeIsInTheExampleWithOnlyItsDocumentedFieldsAndEveryExampleEventButTheRefusedOneWasApplied()
    {
        var table = EventsTable();
        var events = Page("simulate.events").Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var refused = run.Json("rejected-events.json").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()).ToList();

        Assert.Equal(table.Keys.Order(StringComparer.Ordinal), events.Select(e => e.GetProperty("type").GetString()!).Distinct().Order(StringComparer.Ordinal));
        foreach (var e in events)
        {
            var allowed = table[e.GetProperty("type").GetString()!].Concat(["date", "type", "role", "staffId", "reason"]);
            Assert.All(e.EnumerateObject(), p => Assert.Contains(p.Name, allowed));
        }

        Assert.Equal([3], refused);
        Assert.Contains("10 staff events applied, 1 refused", run.Printed, StringComparison.Ordinal);
    }

    private static DocExample Page(string name) => DocPages.Example("simulate.md", name);

    private static void AssertSame(string file, JsonElement documented, JsonElement written)
    {
        var differences = JsonContract.Differences(documented, written);
        Assert.True(differences.Count == 0, $"docs/simulate.md's {file} differs from the program's:\n{string.Join('\n', differences)}\nThe program wrote:\n{JsonSerializer.Serialize(written, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");
    }

    /// <summary>The events table of docs/simulate.md: each type's documented fields.</summary>
    private static Dictionary<string, string[]> EventsTable() =>
        DocPages.Text("simulate.md").Split('\n')
            .Select(l => EventRow().Match(l))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["type"].Value, m => FieldName().Matches(m.Groups["fields"].Value).Select(f => f.Groups[1].Value).ToArray());

    [GeneratedRegex(@"^\| `(?<type>[a-zA-Z]+)` \| `(?<fields>[^`]*)`")]
    private static partial Regex EventRow();

    [GeneratedRegex(@"(?:^|[,{\[]\s*)([a-zA-Z]+)")]
    private static partial Regex FieldName();

    /// <summary>The page's command, run once on the pages' files in a fresh folder.</summary>
    public sealed class Run : IAsyncLifetime
    {
        private readonly TempFolder folder = new();

        public int ExitCode { get; private set; } = -1;

        public string Printed { get; private set; } = string.Empty;

        public string Errors { get; private set; } = string.Empty;

        public string Output => Path.Combine(folder.Path, "out");

        public JsonElement Json(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, file))).RootElement;

        public async Task InitializeAsync()
        {
            folder.Write("billing.csv", DocPages.Example("billing-file.md", "billing-file.csv").Text + "\n");
            folder.Write("events.jsonl", Page("simulate.events").Text + "\n");
            folder.Write("payments.ktl", DocPages.Example("payments.md", "payments.ktl").Text + "\n");
            var command = Page("simulate.command").Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["dotnet", "run", "--project", "functions/Asiakasmaksu.Local", "--", "simulate"], command[..6]);
            (ExitCode, Printed, Errors) = await LocalCliProcess.RunAsync(folder.Path, command[5..]);
        }

        public Task DisposeAsync()
        {
            folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
