using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Import;

/// <summary>Issue 21, item 11: a billing file that arrives after its invoices' due dates (the import day is 2026-03-02).</summary>
public class LateFileTests
{
    [Fact]
    public async Task GivenAFileDatedTwoMonthsAgo_WhenImported_ThenWarnedAndTheTermCountsFromTheImportDay()
    {
        var store = NewStore();
        var text = Csv(
            Line("L1", "A", changes: [("invoice_date", "2026-01-02"), ("service_date", "2025-12-15")]),
            Line("L2", "A", changes: [("invoice_date", "2026-01-02"), ("service_date", "2025-12-16")]));

        var (report, sink) = await RunToSinkAsync(NewImport(store), text);

        var warning = Assert.Single(sink.Warnings);
        Assert.Equal((2, "invoice_date"), (warning.LineNumber, warning.Column));
        Assert.Contains("the payment term counts from the day it was imported instead, due 2026-03-19", warning.Reason, StringComparison.Ordinal);
        Assert.Equal((1, 1), (report.InvoicesCreated, report.Warnings));

        var invoice = (await store.LoadAsync(InvoiceIdentity.For("B1", "A"), CancellationToken.None))!;
        Assert.Equal(new DateOnly(2026, 1, 2), invoice.State.Facts.InvoiceDate);
        Assert.Equal(new DateOnly(2026, 3, 19), invoice.State.Stage.DueDate);
        Assert.Equal(new DateOnly(2026, 3, 20), invoice.NextWakeUp);
        Assert.Equal(Domain.Money.Zero, InvoiceDecider.LedgerOn(invoice.State, new DateOnly(2026, 3, 19), Rules).Interest);
    }

    [Fact]
    public async Task GivenALateFile_WhenImported_ThenTheInvoiceNoticeIsDatedTheDayItIsSent()
    {
        var store = NewStore();
        await RunAsync(NewImport(store), Csv(Line("L1", "A", changes: [("invoice_date", "2026-01-02"), ("service_date", "2025-12-15")])));

        var notices = new List<Notice>();
        await foreach (var entry in store.PendingAsync(Now.AddYears(1), 10, CancellationToken.None))
        {
            notices.Add(entry.Notice);
        }

        var notice = Assert.Single(notices);
        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 19)), (notice.Date, notice.DueDate));
    }

    [Fact]
    public async Task GivenAFileOnTime_WhenImported_ThenNoWarningAndTheTermCountsFromTheInvoiceDate()
    {
        var store = NewStore();
        var (report, _) = await RunAsync(NewImport(store), Csv(Line("L1", "A")));

        Assert.Equal(0, report.Warnings);
        Assert.Equal(new DateOnly(2026, 3, 19), (await store.LoadAsync(InvoiceIdentity.For("B1", "A"), CancellationToken.None))!.State.Stage.DueDate);
    }
}
