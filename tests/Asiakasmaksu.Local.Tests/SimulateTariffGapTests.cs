using System.Text.Json;

namespace Asiakasmaksu.Local.Tests;

/// <summary>Issue 21, item 14: a run whose steps reach a year without a tariff ends with exit 2 and one line naming the year, not a stack trace.</summary>
public sealed class SimulateTariffGapTests
{
    private const string File2027 = """
        batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,amount,ceiling,invoice_date
        2027-11-HOME,L1,C1,Aino Asiakas,Kotikatu 1,00100,Helsinki,fi,DOCTOR,2027-11-10,60.00,0,2027-11-26
        2027-11-HOME,L2,C2,Bertil Kund,Gatan 2,00200,Helsinki,sv,DOCTOR,2027-11-11,20.90,0,2027-11-26

        """;

    [Fact]
    public async Task GivenStepsReaching2028_WhenSimulated_ThenExit2WithOneLineNamingTheYearAndTheOutputsWritten()
    {
        using var dir = new TempFolder();
        var billing = dir.Write("november.csv", File2027);
        var outDir = Path.Combine(dir.Path, "out");

        var run = await LocalCliProcess.RunAsync(dir.Path, "simulate", "--billing", billing, "--until", "2028-03-31", "--out", outDir, "--letters", "html");

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        var message = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("no tariff is configured for 2028", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        using var invoices = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "invoices.json")));
        Assert.All(invoices.RootElement.EnumerateArray(), i => Assert.Equal("overdue", i.GetProperty("stage").GetString()));
    }
}
