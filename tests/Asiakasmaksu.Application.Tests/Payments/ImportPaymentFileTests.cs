using System.Text.Json;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Testing;
using L = Asiakasmaksu.Testing.KtlFileBuilder.Line;

namespace Asiakasmaksu.Application.Tests.Payments;

public sealed class ImportPaymentFileTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "asiakasmaksu-payments-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task GivenAFileInTheFolder_WhenImported_ThenTheReportJsonHoldsTalliesAndOutcomesWithoutPayerNames()
    {
        var kit = await PaymentKit.CreateAsync();
        Directory.CreateDirectory(Path.Combine(folder, "payments"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "payments", "viitteet.txt"), KtlFileBuilder.Bytes([new L("A1", PaymentKit.Reference(kit.Invoices[0]), 2_500, PaymentKit.PaidDay), new L("A2", "0", 100, PaymentKit.PaidDay)]));
        var use = new ImportPaymentFile(new FolderPaymentFileStore(Path.Combine(folder, "payments"), Path.Combine(folder, "reports")), kit.Import);

        var outcome = await use.RunAsync("viitteet.txt", CancellationToken.None);

        Assert.Equal(Path.Combine(folder, "reports", "viitteet.txt.report.json"), outcome.ReportLocation);
        var text = await File.ReadAllTextAsync(outcome.ReportLocation!);
        Assert.DoesNotContain("MÄKELÄ", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var report = json.RootElement.GetProperty("report");
        Assert.Equal("ktl", report.GetProperty("format").GetString());
        Assert.Equal(1, report.GetProperty("applied").GetInt32());
        Assert.Equal("4.10", report.GetProperty("creditAmount").GetString());
        Assert.Equal(1, report.GetProperty("unmatched").GetInt32());
        Assert.Equal(2, report.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task GivenACorruptFile_WhenImported_ThenTheReportHoldsTheRefusalAndNothingIsApplied()
    {
        var kit = await PaymentKit.CreateAsync();
        Directory.CreateDirectory(Path.Combine(folder, "payments"));
        await File.WriteAllTextAsync(Path.Combine(folder, "payments", "camt.xml"), "<Document><Ntry>");
        var use = new ImportPaymentFile(new FolderPaymentFileStore(Path.Combine(folder, "payments"), Path.Combine(folder, "reports")), kit.Import);

        var outcome = await use.RunAsync("camt.xml", CancellationToken.None);

        Assert.Null(outcome.Report);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(outcome.ReportLocation!));
        Assert.StartsWith("line 1, position", json.RootElement.GetProperty("refusal").GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.Empty(await kit.UnmatchedAsync());
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
