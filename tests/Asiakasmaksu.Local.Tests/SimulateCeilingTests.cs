using System.Text.Json;

namespace Asiakasmaksu.Local.Tests;

/// <summary><c>simulate</c> writes <c>DIR/ceilings.json</c> (docs/simulate.md): one object per ceiling holder and year, with the free cards.</summary>
public sealed class SimulateCeilingTests
{
    private const string Header = "batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,amount,ceiling,invoice_date,email,recipient_name,recipient_street,recipient_postal_code,recipient_city,service_category,days,ceiling_holder_id";

    // 2024: ceiling 762 €, reduced daily fee 25.10 € (domain-facts).
    // B crosses with a care stay (8 of 10 days reach 762, then 2 × 25.10); the minor K counts toward
    // the guardian G's ceiling (K's 100 € is charged 62 €, what was left of it); A stays under it in both years.
    private const string Billing = Header + """

        2024-01,L1,B,Bea Berg,Tie 1,00100,Helsinki,fi,DOCTOR,2024-01-10,400.00,1,2024-01-31,,,,,,,,
        2024-02,L1,B,Bea Berg,Tie 1,00100,Helsinki,fi,SHORTCARE,2024-02-01,500.00,1,2024-02-29,,,,,,short_term_institutional_care,10,
        2024-01,L2,A,Aki Aalto,Tie 2,00100,Helsinki,fi,DOCTOR,2024-01-11,20.90,1,2024-01-31,,,,,,,,
        2024-01,L3,G,Gun Grå,Väg 3,00200,Helsinki,sv,ORAL,2024-01-12,700.00,1,2024-01-31,,,,,,,,
        2024-02,L2,K,Kim Grå,Väg 3,00200,Helsinki,sv,DOCTOR,2024-02-05,100.00,1,2024-02-29,,Gun Grå,Väg 3,00200,Helsinki,,,G
        2025-01,L1,A,Aki Aalto,Tie 2,00100,Helsinki,fi,DOCTOR,2025-01-07,41.80,1,2025-01-31,,,,,,,,
        """;

    [Fact]
    public async Task GivenHoldersCrossingTheCeiling_ThenCeilingsJsonHasEachHolderAndYearSortedWithAccrualAndFreeCard()
    {
        using var dir = new TempFolder();
        var billing = dir.Write("billing.csv", Billing);
        var outDir = Path.Combine(dir.Path, "out");

        var run = await LocalCliProcess.RunAsync(dir.Path, "simulate", "--billing", billing, "--until", "2025-03-31", "--out", outDir, "--letters", "html");

        Assert.True(run.ExitCode == 0, run.Error);
        using var ceilings = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "ceilings.json")));
        var rows = ceilings.RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("clientId").GetString(), e.GetProperty("year").GetInt32(), e.GetProperty("accrued").GetString(), e.GetProperty("freeCardFrom").GetString()))
            .ToList();
        Assert.Equal(
            [("A", 2024, "20.90", null), ("A", 2025, "41.80", null), ("B", 2024, "762.00", "2024-02-01"), ("G", 2024, "762.00", "2024-02-05")],
            rows);
        using var invoices = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "invoices.json")));
        var amounts = invoices.RootElement.EnumerateArray().ToDictionary(i => (i.GetProperty("batchId").GetString(), i.GetProperty("clientId").GetString()), i => i.GetProperty("amount").GetString());
        Assert.Equal("412.20", amounts[("2024-02", "B")]);
        Assert.Equal("62.00", amounts[("2024-02", "K")]);
        using var notices = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "notices.json")));
        var cards = notices.RootElement.EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "free_card").Select(n => n.GetProperty("clientId").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["B", "G"], cards);
        Assert.Contains("Payment ceiling (maksukatto): 2 free cards held at the end", run.Output, StringComparison.Ordinal);
    }
}
