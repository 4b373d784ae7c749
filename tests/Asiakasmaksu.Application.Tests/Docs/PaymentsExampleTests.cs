using System.Text;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Tests.Import;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Payments;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Application.Tests.Docs;

/// <summary>docs/payments.md "Example": the KTL and camt.054 files the page shows are read by the real readers and applied to the billing file example's invoices, and the report is the page's (issue 18).</summary>
public sealed class PaymentsExampleTests
{
    [Fact]
    public void GivenThePagesKtlAndCamtFiles_WhenRead_ThenBertilsPaymentIsTheSamePaymentInBoth()
    {
        var ktl = Assert.IsType<PaymentFileResult.Read>(PaymentFile.Parse(Bytes("payments.ktl")));
        var camt = Assert.IsType<PaymentFileResult.Read>(PaymentFile.Parse(Bytes("payments.camt054")));

        Assert.Equal(PaymentFileFormat.Ktl, ktl.Format);
        Assert.Equal(PaymentFileFormat.Camt054, camt.Format);
        Assert.Equal(Money.Of(840m), ktl.Total);
        var bertil = ktl.Payments[0];
        var same = Assert.Single(camt.Payments);
        Assert.Equal(("bank:2602160001234567", Money.Of(815m), "12927745385609571117", new DateOnly(2026, 2, 16)), (bertil.PaymentId, bertil.Amount, bertil.Reference, bertil.BookingDate));
        Assert.Equal((bertil.PaymentId, bertil.Amount, bertil.Reference, bertil.BookingDate, bertil.PaidOn), (same.PaymentId, same.Amount, same.Reference, same.BookingDate, same.PaidOn));
        Assert.All(DocPages.Example("payments.md", "payments.ktl").Text.Split('\n'), line => Assert.Equal(90, line.Length));
    }

    [Fact]
    public async Task GivenTheBillingFileExampleImported_WhenTheKtlFileIsApplied_ThenTheReportIsThePages()
    {
        var imported = await DocumentedBillingFile.ImportAsync();
        var clock = new ManualClock(BusinessTime.StartOf(new DateOnly(2026, 2, 16)).AddHours(10));
        var staff = new StaffActions(ImportKit.Workflow(imported.Store, clock), new InMemoryAuditLog());
        var import = new PaymentImport(imported.Store, staff, new InMemoryUnmatchedPaymentStore(), clock);
        var folder = Directory.CreateTempSubdirectory("payments-doc-");
        try
        {
            var payments = Directory.CreateDirectory(Path.Combine(folder.FullName, "payments")).FullName;
            await File.WriteAllBytesAsync(Path.Combine(payments, "viitteet-2026-02-16.txt"), Bytes("payments.ktl"));

            var outcome = await new ImportPaymentFile(new FolderPaymentFileStore(payments, Path.Combine(folder.FullName, "reports")), import).RunAsync("viitteet-2026-02-16.txt", CancellationToken.None);

            var report = await File.ReadAllTextAsync(outcome.ReportLocation!);
            var differences = JsonContract.Differences(DocPages.Example("payments.md", "payments.report").Text, report);
            Assert.True(differences.Count == 0, $"docs/payments.md's report differs from the program's:\n{string.Join('\n', differences)}\nThe program wrote:\n{report}");
            Assert.Equal("paid", (await imported.Store.LoadAsync(imported.Of("C-1002").State.Facts.Id, CancellationToken.None))!.State.Status);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Bytes(string example) => Encoding.UTF8.GetBytes(DocPages.Example("payments.md", example).Text + "\n");
}
