using System.Text;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Billing;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Import;

/// <summary>
/// A file imported slice by slice (<see cref="BillingImport.RunSliceAsync"/>, as the import
/// orchestration runs it) ends as one whole run: the same invoices, counts and report rows in the
/// same order, also where a slice ends between a chunk whose store answer rejects lines and a chunk
/// whose invoices reject lines themselves.
/// </summary>
public sealed class SlicedImportTests
{
    /// <summary>Per batch: a client an earlier file already issued (the store rejects the new line), a client id naming two people (the invoice rejects both lines), and a good client.</summary>
    private static readonly string[] Batches = ["B1", "B2", "B3", "B4"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task GivenSlicesOfAnySize_WhenTheFileIsImportedSliceBySlice_ThenItEndsAsOneWholeRun(int invoicesPerSlice)
    {
        var (wholeStore, slicedStore) = (await SeededAsync(), await SeededAsync());
        var whole = new OrderedSink();
        var report = await NewImport(wholeStore).RunAsync("f.csv", Stream(Content()), whole, null, null, CancellationToken.None);

        var sliced = new OrderedSink();
        var (counts, slices) = await SlicedAsync(NewImport(slicedStore), sliced, invoicesPerSlice);

        Assert.True(slices > 1, "the file was imported in more than one slice");
        Assert.Contains(whole.Rows, r => r.Reason.Contains("already issued", StringComparison.Ordinal) || r.Column == BillingColumns.LineId);
        Assert.Contains(whole.Rows, r => r.Column == BillingColumns.Name);
        Assert.Equal(whole.Rows, sliced.Rows);
        Assert.Equal(new ImportCounts(report.Lines, report.Accepted, report.Rejected, report.Duplicates, report.Warnings, report.InvoicesCreated, report.InvoicesAlreadyImported, report.AmountCreated.Euros), counts);
        Assert.Equal(Facts(await AllAsync(wholeStore)), Facts(await AllAsync(slicedStore)));
    }

    [Fact]
    public async Task GivenALaterSlice_WhenTheFileChangedSinceTheFirst_ThenItIsRefusedBeforeAnythingIsWritten()
    {
        var store = NewStore();
        var first = await NewImport(store).RunSliceAsync(Stream(Content()), new ImportWindow(null, 1), new OrderedSink(), null, null, CancellationToken.None);
        var before = (await AllAsync(store)).Count;

        await Assert.ThrowsAsync<BillingFileChangedException>(() => NewImport(store).RunSliceAsync(
            Stream(Content() + Csv(Line("L9", "C-NEW", 10m, ("batch_id", "B1"))).Split('\n', 2)[1]),
            new ImportWindow(first.Next, 1, first.RecordedAt, first.ImportId),
            new OrderedSink(),
            null,
            null,
            CancellationToken.None));
        Assert.Equal(before, (await AllAsync(store)).Count);
    }

    private static async Task<(ImportCounts Counts, int Slices)> SlicedAsync(BillingImport import, OrderedSink sink, int invoicesPerSlice)
    {
        var counts = ImportCounts.None;
        var window = new ImportWindow(null, invoicesPerSlice);
        for (var slices = 1; ; slices++)
        {
            var slice = await import.RunSliceAsync(Stream(Content()), window, sink, null, null, CancellationToken.None);
            counts = counts.Plus(slice.Counts);
            if (slice.Next is null)
            {
                return (counts, slices);
            }

            window = new ImportWindow(slice.Next, invoicesPerSlice, slice.RecordedAt, slice.ImportId);
        }
    }

    /// <summary>A store holding the earlier file: one invoice in each batch for client E.</summary>
    private static async Task<IInvoiceStore> SeededAsync()
    {
        var store = NewStore();
        await RunAsync(NewImport(store), Csv([.. Batches.Select(b => Line("E1", $"E-{b}", 15m, ("batch_id", b)))]), "earlier.csv");
        return store;
    }

    private static string Content() =>
        Csv([.. Batches.SelectMany(b => new[]
        {
            Line("E2", $"E-{b}", 16m, ("batch_id", b)),
            Line("T1", $"T-{b}", 20m, ("batch_id", b)),
            Line("T2", $"T-{b}", 21m, ("batch_id", b), ("name", "Toinen Henkilö")),
            Line("G1", $"G-{b}", 22m, ("batch_id", b), ("ceiling", "0")),
            Line("G2", $"G-{b}", 23m, ("batch_id", b), ("street", "Muu katu 2")),
        })]);

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static List<string> Facts(List<StoredInvoice> invoices) =>
        [.. invoices.Select(i => i.State.Facts).OrderBy(f => f.Id.Value, StringComparer.Ordinal).Select(f => $"{f.Id} {f.Amount} {f.InvoiceNumber} {f.Lines.Count}")];

    /// <summary>Every row, rejections and warnings, in the order the import gave them.</summary>
    private sealed class OrderedSink : IRejectionSink
    {
        public List<LineRejection> Rows { get; } = [];

        public Task AddAsync(LineRejection rejection, CancellationToken cancellationToken)
        {
            Rows.Add(rejection);
            return Task.CompletedTask;
        }

        public Task AddWarningAsync(LineRejection warning, CancellationToken cancellationToken)
        {
            Rows.Add(warning with { Reason = "warning: " + warning.Reason });
            return Task.CompletedTask;
        }
    }
}
