using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Import;

public class ImportIdempotencyTests
{
    private static readonly string Earlier = Csv(Line("L1", "A", 10m), Line("L2", "A", 11m), Line("L3", "B", 12m));

    [Fact]
    public async Task SameFileTwice_CreatesNothing_AndReportsEveryInvoiceAsAlreadyImported()
    {
        var store = NewStore();
        var text = Csv(Line("L1", "A"), Line("L2", "B"), Line("L3", "B", 0m), Line("L4", "B", changes: ("invoice_date", "2026-03-05")));
        var (firstHandedOn, secondHandedOn) = (new HandedOn(), new HandedOn());
        var (first, firstRejections) = await RunAsync(NewImport(store), text, imported: firstHandedOn);

        var (second, secondRejections) = await RunAsync(NewImport(store), text, imported: secondHandedOn);

        Assert.Equal((2, 0), (first.InvoicesCreated, first.InvoicesAlreadyImported));
        Assert.Equal((0, 2, Money.Zero), (second.InvoicesCreated, second.InvoicesAlreadyImported, second.AmountCreated));
        Assert.Equal(first.ImportId, second.ImportId);
        Assert.Equal((first.Lines, first.Accepted, first.Rejected, first.Duplicates), (second.Lines, second.Accepted, second.Rejected, second.Duplicates));
        Assert.Equal(firstRejections, secondRejections);
        // The second run hands on the same invoices (created earlier by this file), so that a rerun
        // after a crash starts the orchestrations the crash left unstarted; existing ones are left alone.
        Assert.Equal(new[] { InvoiceIdentity.For("B1", "A").Value, InvoiceIdentity.For("B1", "B").Value }.Order(StringComparer.Ordinal), firstHandedOn.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(firstHandedOn.Ids, secondHandedOn.Ids);
        Assert.All(await AllAsync(store), i => Assert.Single(i.History));
    }

    [Fact]
    public async Task SameLinesInAnotherFile_AreDuplicates()
    {
        var store = NewStore();
        await RunAsync(NewImport(store), Earlier);
        var reordered = Csv(Line("L3", "B", 12m), Line("L2", "A", 11m), Line("L1", "A", 10m));

        var (report, rejections) = await RunAsync(NewImport(store), reordered);

        Assert.Empty(rejections);
        Assert.Equal((3, 0, 0, 3, 0, 0), (report.Lines, report.Accepted, report.Rejected, report.Duplicates, report.InvoicesCreated, report.InvoicesAlreadyImported));
    }

    [Fact]
    public async Task OverlappingFile_DuplicatesSkipped_ChangesAndLateLinesRejected_NewClientsCreated()
    {
        var store = NewStore();
        await RunAsync(NewImport(store), Earlier);
        var text = Csv(
            Line("L1", "A", 10m),          // line 2: the same line again
            Line("L2", "A", 99m),          // line 3: the same line id with another amount
            Line("L9", "A", 5m),           // line 4: a new line for a client already invoiced in the batch
            Line("L10", "C", 7m),          // line 5: a new client
            Line("L3", "D", 8m),           // line 6: L3 is B's line in the earlier file
            Line("L11", "D", 9m));         // line 7
        var handedOn = new HandedOn();

        var (report, rejections) = await RunAsync(NewImport(store), text, imported: handedOn);

        Assert.Equal(
            [
                new LineRejection(3, "line_id", "line_id already used in the batch with different content (in an earlier file)", "A"),
                new LineRejection(4, "client_id", "the client's invoice in this batch was already issued by an earlier file; send corrections in a new batch", "A"),
                new LineRejection(6, "line_id", "line_id already used in the batch with different content (in an earlier file)", "D"),
            ],
            rejections.OrderBy(r => r.LineNumber));
        Assert.Equal((6, 2, 3, 1, 2, 0, Money.Of(16m)), (report.Lines, report.Accepted, report.Rejected, report.Duplicates, report.InvoicesCreated, report.InvoicesAlreadyImported, report.AmountCreated));
        var d = (await store.LoadAsync(InvoiceIdentity.For("B1", "D"), CancellationToken.None))!.State.Facts;
        Assert.Equal(["L11"], d.Lines.Select(l => l.LineId));
        Assert.Equal(Money.Of(9m), d.Amount);
        var a = (await store.LoadAsync(InvoiceIdentity.For("B1", "A"), CancellationToken.None))!.State.Facts;
        Assert.Equal(Money.Of(21m), a.Amount);
        Assert.Equal(new[] { InvoiceIdentity.For("B1", "C").Value, InvoiceIdentity.For("B1", "D").Value }.Order(StringComparer.Ordinal), handedOn.Ids.Order(StringComparer.Ordinal)); // not A: the earlier file's
    }

    [Fact]
    public async Task OverlappingFileTwice_GivesTheSameReportAgain()
    {
        var store = NewStore();
        await RunAsync(NewImport(store), Earlier);
        var text = Csv(Line("L3", "D", 8m), Line("L11", "D", 9m), Line("L1", "A", 10m));
        var (first, firstRejections) = await RunAsync(NewImport(store), text);

        var (second, secondRejections) = await RunAsync(NewImport(store), text);

        Assert.Equal(firstRejections, secondRejections);
        Assert.Equal((first.Lines, first.Accepted, first.Rejected, first.Duplicates), (second.Lines, second.Accepted, second.Rejected, second.Duplicates));
        Assert.Equal((1, 0), (first.InvoicesCreated, first.InvoicesAlreadyImported));
        Assert.Equal((0, 1), (second.InvoicesCreated, second.InvoicesAlreadyImported));
    }
}
