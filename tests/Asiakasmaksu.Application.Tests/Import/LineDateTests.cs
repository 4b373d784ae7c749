using Asiakasmaksu.Domain.Billing;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Import;

/// <summary>Issue 21, item 10: dates a billing office would want to hear about, line by line (the import day is 2026-03-02).</summary>
public class LineDateTests
{
    [Fact]
    public async Task GivenAnInvoiceDateSixMonthsAhead_WhenImported_ThenRejected()
    {
        var store = NewStore();

        var (report, rejections) = await RunAsync(NewImport(store), Csv(Line("L1", "A", changes: [("invoice_date", "2026-09-02"), ("service_date", "2026-08-20")])));

        var rejection = Assert.Single(rejections);
        Assert.Equal((2, "invoice_date"), (rejection.LineNumber, rejection.Column));
        Assert.StartsWith("invoice_date is more than 31 days after the day the file was imported", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(0, report.InvoicesCreated);
    }

    [Fact]
    public async Task GivenAnInvoiceDateAFewWeeksAhead_WhenImported_ThenAccepted() =>
        Assert.Equal(1, (await RunAsync(NewImport(NewStore()), Csv(Line("L1", "A", changes: ("invoice_date", "2026-03-31"))))).Report.InvoicesCreated);

    [Fact]
    public async Task GivenAServiceDateLongAfterTheInvoiceDate_WhenImported_ThenRejected()
    {
        var (_, rejections) = await RunAsync(NewImport(NewStore()), Csv(Line("L1", "A", changes: ("service_date", "2026-05-10"))));

        Assert.Equal((2, "service_date", "service_date is more than 31 days after the invoice_date: a service is billed after it is given (rent at most a month ahead)"), Only(rejections));
    }

    [Fact]
    public async Task GivenAServiceDateInTheMonthAfterTheInvoiceDate_WhenImported_ThenImportedWithAWarning()
    {
        var (report, sink) = await RunToSinkAsync(NewImport(NewStore()), Csv(Line("L1", "A", changes: ("service_date", "2026-03-16"))));

        Assert.Equal((1, 1, 0), (report.InvoicesCreated, report.Warnings, sink.Rejections.Count));
        Assert.Equal(new LineRejection(2, "service_date", "service_date is after the invoice_date (billed in advance): check that it is meant", "A"), Assert.Single(sink.Warnings));
    }

    [Fact]
    public async Task GivenAServiceDateIn2001_WhenImported_ThenRejected() =>
        Assert.Equal(
            (2, "service_date", "service_date is more than 12 months before the invoice_date: check the date; an older service is billed by the client-fee team, not a billing file"),
            Only((await RunAsync(NewImport(NewStore()), Csv(Line("L1", "A", changes: ("service_date", "2001-03-02"))))).Rejections));

    [Fact]
    public async Task GivenPostalCodeABCDE_WhenImported_ThenRejectedLineByLine()
    {
        var (report, rejections) = await RunAsync(NewImport(NewStore()), Csv(Line("L1", "A", changes: ("postal_code", "ABCDE")), Line("L2", "B")));

        Assert.Equal((2, "postal_code"), (Assert.Single(rejections).LineNumber, rejections[0].Column));
        Assert.Equal(1, report.InvoicesCreated);
    }

    [Fact]
    public async Task GivenOneClientIdWithTwoNames_WhenImported_ThenNoneOfItsLinesIsImported()
    {
        var store = NewStore();
        var text = Csv(
            Line("L1", "A", changes: [("name", "Aino Virtanen"), ("street", "Kauppakatu 1")]),
            Line("L2", "B"),
            Line("L3", "A", changes: [("name", "Matti Meikäläinen"), ("street", "Rantatie 9")]));

        var (report, rejections) = await RunAsync(NewImport(store), text);

        Assert.Equal([(2, "name"), (4, "name")], rejections.Select(r => (r.LineNumber, r.Column)));
        Assert.All(rejections, r => Assert.StartsWith("the client's lines in the batch give different names", r.Reason, StringComparison.Ordinal));
        Assert.Null(await store.LoadAsync(InvoiceIdentity.For("B1", "A"), CancellationToken.None));
        Assert.Equal((1, 1, 2), (report.InvoicesCreated, report.Accepted, report.Rejected));
    }

    [Fact]
    public async Task GivenOneClientWithTwoAddresses_WhenImported_ThenTheFirstIsUsedAndTheOtherWarnedAbout()
    {
        var store = NewStore();
        var text = Csv(Line("L1", "A"), Line("L2", "A", changes: [("name", "ASIAKAS  A"), ("city", "Espoo")]));

        var (report, sink) = await RunToSinkAsync(NewImport(store), text);

        Assert.Equal(new LineRejection(3, "city", "the address differs from the client's first line in the batch; the invoice goes to the first line's address", "A"), Assert.Single(sink.Warnings));
        Assert.Equal("Helsinki", (await store.LoadAsync(InvoiceIdentity.For("B1", "A"), CancellationToken.None))!.State.Facts.Client.City);
        Assert.Equal(2, report.Accepted);
    }

    private static (int, string, string) Only(List<LineRejection> rejections)
    {
        var r = Assert.Single(rejections);
        return (r.LineNumber, r.Column, r.Reason);
    }
}
