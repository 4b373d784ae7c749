using System.Text.Json;

namespace Asiakasmaksu.Local.Tests;

/// <summary><c>simulate</c> as a process: the seed's worked example end to end, the output contract, exit codes.</summary>
public sealed class SimulateCommandTests
{
    private const string Header = "batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,amount,ceiling,invoice_date,email";

    // Seed 000: the June run of 25.7.2017; 100 € in two lines; the client has no email, so letters are printed.
    // The lines do not count toward the ceiling here: 2017's ceiling is unconfirmed (docs/tariffs.md), so a
    // ceiling line of 2017 would be refused naming the year; these tests are about collection.
    private const string SeedFile = Header + """

        2017-06-HOME,L1,C1,Aino Asiakas,Kotikatu 1,00100,Helsinki,fi,DOCTOR,2017-06-01,60.00,0,2017-07-25,
        2017-06-HOME,L2,C1,Aino Asiakas,Kotikatu 1,00100,Helsinki,fi,ORAL,2017-06-14,40.00,0,2017-07-25,
        2017-06-HOME,L3,C2,Bertil Kund,Gatan 2,00200,Helsinki,sv,DOCTOR,2017-06-02,20.90,0,2017-07-25,bertil@example.test
        """;

    [Fact]
    public async Task SeedInvoice_Unpaid_GoesThroughReminderBothLettersToEnforcementOnTheSeedDates()
    {
        using var dir = new TempFolder();
        var billing = dir.Write("june.csv", SeedFile);
        var events = dir.Write("events.jsonl", """{"date": "2017-08-10", "type": "payment", "batchId": "2017-06-HOME", "clientId": "C2", "amount": "20.90"}""" + "\n");
        var outDir = Path.Combine(dir.Path, "out");

        var run = await LocalCliProcess.RunAsync(dir.Path, "simulate", "--billing", billing, "--events", events, "--until", "2017-12-31", "--out", outDir, "--letters", "html");

        Assert.True(run.ExitCode == 0, run.Error);
        using var invoices = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "invoices.json")));
        var unpaid = invoices.RootElement.EnumerateArray().Single(i => i.GetProperty("clientId").GetString() == "C1");
        Assert.Equal("2017-07-25", unpaid.GetProperty("invoiceDate").GetString());
        Assert.Equal("100.00", unpaid.GetProperty("amount").GetString());
        Assert.Equal("open", unpaid.GetProperty("status").GetString());
        Assert.Equal("enforcement", unpaid.GetProperty("stage").GetString());
        // Issue 18: dueDate is the invoice's own (not the last notice's, never null); in enforcement no notice is due.
        Assert.Equal("2017-08-11", unpaid.GetProperty("dueDate").GetString());
        Assert.Equal(JsonValueKind.Null, unpaid.GetProperty("noticeDueDate").ValueKind);
        var steps = unpaid.GetProperty("timeline").EnumerateArray().Select(t => (t.GetProperty("type").GetString(), t.GetProperty("date").GetString())).ToList();
        Assert.Equal(
            [("invoiced", "2017-07-25"), ("reminder", "2017-08-29"), ("collection_letter_1", "2017-09-13"), ("collection_letter_2", "2017-09-28"), ("enforcement", "2017-10-13")],
            steps);
        var timeline = unpaid.GetProperty("timeline");
        Assert.Equal("2017-08-11", timeline[0].GetProperty("dueDate").GetString());
        Assert.Equal("2.10", timeline[1].GetProperty("fee").GetString());
        Assert.Equal("0.35", timeline[1].GetProperty("interest").GetString());
        Assert.Equal("102.45", timeline[1].GetProperty("amount").GetString());
        Assert.Equal("2017-09-12", timeline[1].GetProperty("dueDate").GetString());
        Assert.Equal("14.00", timeline[2].GetProperty("fee").GetString());
        Assert.Equal("7.00", timeline[3].GetProperty("fee").GetString());
        var balance = unpaid.GetProperty("balance");
        Assert.Equal("23.10", balance.GetProperty("fees").GetString());
        Assert.Equal("1.21", balance.GetProperty("interest").GetString());

        var paid = invoices.RootElement.EnumerateArray().Single(i => i.GetProperty("clientId").GetString() == "C2");
        Assert.Equal("paid", paid.GetProperty("status").GetString());

        using var notices = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "notices.json")));
        var mine = notices.RootElement.EnumerateArray().Where(n => n.GetProperty("clientId").GetString() == "C1").ToList();
        Assert.Equal(
            [("invoice", "2017-07-25"), ("reminder", "2017-08-29"), ("collection_letter_1", "2017-09-13"), ("collection_letter_2", "2017-09-28"), ("enforcement", "2017-10-13")],
            mine.Select(n => (n.GetProperty("kind").GetString(), n.GetProperty("date").GetString())).ToList());
        Assert.All(mine, n => Assert.Equal("letter", n.GetProperty("channel").GetString()));
        Assert.All(mine, n => Assert.True(File.Exists(Path.Combine(outDir, "notices", n.GetProperty("file").GetString()!))));
        var emailed = notices.RootElement.EnumerateArray().Single(n => n.GetProperty("clientId").GetString() == "C2");
        Assert.Equal(("invoice", "sv", "email"), (emailed.GetProperty("kind").GetString(), emailed.GetProperty("language").GetString(), emailed.GetProperty("channel").GetString()));
    }

    [Fact]
    public async Task BadLinesAndRefusedEvents_AreReported_AndTheRunStillCompletes()
    {
        using var dir = new TempFolder();
        var billing = dir.Write("june.csv", SeedFile + "\n2017-06-HOME,L4,C3,Cecilia,Tie 3,00300,Espoo,de,DOCTOR,2017-06-03,10.00,0,2017-07-25,\n");
        var events = dir.Write("events.jsonl", string.Join('\n',
            """{"date": "2017-08-01", "type": "waiver", "batchId": "2017-06-HOME", "clientId": "C1", "role": "team"}""",
            """{"date": "2017-08-01", "type": "payment", "batchId": "2017-06-HOME", "clientId": "NOBODY", "amount": "1.00"}""",
            """{"date": "2030-01-01", "type": "payment", "batchId": "2017-06-HOME", "clientId": "C1", "amount": "1.00"}"""));
        var outDir = Path.Combine(dir.Path, "out");

        var run = await LocalCliProcess.RunAsync(dir.Path, "simulate", "--billing", billing, "--events", events, "--until", "2017-09-30", "--out", outDir, "--letters", "html");

        Assert.True(run.ExitCode == 0, run.Error);
        var rejectedLines = File.ReadAllLines(Path.Combine(outDir, "rejected-lines.csv"));
        Assert.Equal("file,line_number,column,reason,client_id", rejectedLines[0]);
        var row = Assert.Single(rejectedLines.Skip(1));
        Assert.StartsWith("june.csv,5,language,", row, StringComparison.Ordinal);
        Assert.EndsWith(",C3", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Cecilia", row, StringComparison.Ordinal);

        using var rejected = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "rejected-events.json")));
        var reasons = rejected.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("reason").GetString());
        Assert.Equal([1, 2, 3], reasons.Keys.Order());
        Assert.Contains("director", reasons[1], StringComparison.Ordinal);
        Assert.Contains("no invoice", reasons[2], StringComparison.Ordinal);
        Assert.Contains("outside the run", reasons[3], StringComparison.Ordinal);
        Assert.Equal("waiver", rejected.RootElement[0].GetProperty("event").GetProperty("type").GetString());
    }

    [Fact]
    public async Task SameInput_GivesTheSameOutputs()
    {
        using var dir = new TempFolder();
        var billing = dir.Write("june.csv", SeedFile);
        var first = Path.Combine(dir.Path, "a");
        var second = Path.Combine(dir.Path, "b");

        var a = await LocalCliProcess.RunAsync(dir.Path, "simulate", "--billing", billing, "--until", "2017-11-30", "--out", first, "--letters", "html");
        var b = await LocalCliProcess.RunAsync(dir.Path, "simulate", "--billing", billing, "--until", "2017-11-30", "--out", second, "--letters", "html");

        Assert.Equal((0, 0), (a.ExitCode, b.ExitCode));
        foreach (var name in new[] { "invoices.json", "notices.json", "rejected-lines.csv", "rejected-events.json", "ceilings.json" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(first, name)), File.ReadAllText(Path.Combine(second, name)));
        }
    }

    [Theory]
    [InlineData("missing-billing")]
    [InlineData("missing-column")]
    [InlineData("bad-events-line")]
    [InlineData("missing-until")]
    public async Task UnusableInput_ExitsWithTwo_AndOneLineMessage(string which)
    {
        using var dir = new TempFolder();
        var good = dir.Write("june.csv", SeedFile);
        var noAmount = dir.Write("no-amount.csv", "batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,ceiling,invoice_date\nB,L1,C1,N,S,00100,C,fi,X,2017-06-01,1,2017-07-25\n");
        var badEvents = dir.Write("events.jsonl", "{\"date\": \"2017-08-01\", \"type\": \"payment\"\nnot json\n");
        string[] args = which switch
        {
            "missing-billing" => ["simulate", "--billing", Path.Combine(dir.Path, "nope.csv"), "--until", "2017-12-31", "--out", dir.Path],
            "missing-column" => ["simulate", "--billing", noAmount, "--until", "2017-12-31", "--out", dir.Path],
            "bad-events-line" => ["simulate", "--billing", good, "--events", badEvents, "--until", "2017-12-31", "--out", dir.Path],
            _ => ["simulate", "--billing", good, "--out", dir.Path],
        };

        var run = await LocalCliProcess.RunAsync(dir.Path, args);

        Assert.Equal(2, run.ExitCode);
        var message = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("asiakasmaksu: ", message, StringComparison.Ordinal);
        Assert.Contains(which switch { "missing-billing" => "nope.csv", "missing-column" => "amount", "bad-events-line" => "line 1", _ => "--until" }, message, StringComparison.Ordinal);
    }
}
