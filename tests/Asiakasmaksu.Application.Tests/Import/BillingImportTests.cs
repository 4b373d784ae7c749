using System.Collections.Concurrent;
using System.Globalization;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Import;

public class BillingImportTests
{
    [Fact]
    public async Task SeedLikeFile_OneInvoicePerClient_WithReferenceDueDateAndNotice()
    {
        var store = NewStore();
        var text = Generated("2026-01-HOME", lines: 300, linesPerClient: 3);
        var handedOn = new HandedOn();

        var (report, rejections) = await RunAsync(NewImport(store, now: new DateTimeOffset(2026, 1, 30, 8, 0, 0, TimeSpan.Zero)), text, imported: handedOn);

        Assert.Empty(rejections);
        Assert.Equal((300, 300, 0, 0, 100, 0), (report.Lines, report.Accepted, report.Rejected, report.Duplicates, report.InvoicesCreated, report.InvoicesAlreadyImported));
        Assert.Equal(SumOfAmounts(text), report.AmountCreated);
        Assert.Empty(report.UnknownColumns);
        var invoices = await AllAsync(store);
        Assert.Equal(100, invoices.Count);
        Assert.Equal(handedOn.Ids.Order(StringComparer.Ordinal), invoices.Select(i => i.State.Facts.Id.Value).Order(StringComparer.Ordinal));
        Assert.All(invoices, i =>
        {
            var facts = i.State.Facts;
            Assert.Equal(InvoiceIdentity.For("2026-01-HOME", facts.ClientId), facts.Id);
            Assert.Equal(InvoiceReferences.NationalFor(facts.Id), facts.Reference);
            Assert.True(NationalReference.IsValid(facts.Reference));
            Assert.Equal(3, facts.Lines.Count);
            Assert.Equal(new DateOnly(2026, 1, 30), facts.InvoiceDate);
            Assert.Equal(new DateOnly(2026, 2, 18), i.State.Stage.DueDate); // 30.1. + 14 days = Fri 13.2., + 3 bank days
            Assert.Single(i.History);
        });
        var notices = new List<string>();
        await foreach (var entry in store.PendingAsync(Now.AddYears(1), 1000, CancellationToken.None))
        {
            notices.Add(entry.Notice.Id);
        }

        Assert.Equal(100, notices.Count);
    }

    [Fact]
    public async Task NameAddressLanguageAndRecipient_ComeFromTheClientsFirstLine_EvenAcrossSpoolRuns()
    {
        var store = NewStore();
        var text = Csv(
            Line("L1", "A", 10m, ("name", "Aino Ensimmäinen"), ("recipient_name", "Eino Edunvalvoja"), ("recipient_street", "Rantatie 2"), ("recipient_postal_code", "65100"), ("recipient_city", "Vaasa"), ("email", "eino@example.org")),
            Line("L2", "B", 11m),
            Line("L3", "B", 12m),
            Line("L4", "A", 13m, ("name", "Aino Ensimmäinen"), ("street", "Muu katu 9"), ("language", "sv")));

        var (report, _) = await RunAsync(NewImport(store, maxLinesInMemory: 1), text);

        Assert.Equal(2, report.InvoicesCreated);
        Assert.Equal(1, report.Warnings); // L4's street differs from L1's
        var a = (await store.LoadAsync(InvoiceIdentity.For("B1", "A"), CancellationToken.None))!.State.Facts;
        Assert.Equal("Aino Ensimmäinen", a.Client.Name);
        Assert.Equal("Kauppakatu 1", a.Client.Street);
        Assert.Equal(Language.Fi, a.Language);
        Assert.Equal(new Recipient(new PostalAddress("Eino Edunvalvoja", "Rantatie 2", "65100", "Vaasa"), "eino@example.org", true), a.Recipient);
        Assert.Equal(["L1", "L4"], a.Lines.Select(l => l.LineId));
        Assert.Equal(Money.Of(23m), a.Amount);
    }

    [Fact]
    public async Task InvoiceDateDifferingFromTheFirstLine_Rejected()
    {
        var store = NewStore();
        var text = Csv(Line("L1", "A"), Line("L2", "B"), Line("L3", "A", changes: ("invoice_date", "2026-03-03")));

        var (report, rejections) = await RunAsync(NewImport(store), text);

        Assert.Equal(new LineRejection(4, "invoice_date", "invoice_date differs from the client's first line in the batch", "A"), Assert.Single(rejections));
        Assert.Equal((3, 2, 1, 0), (report.Lines, report.Accepted, report.Rejected, report.Duplicates));
        Assert.Single((await store.LoadAsync(InvoiceIdentity.For("B1", "A"), CancellationToken.None))!.State.Facts.Lines);
    }

    [Fact]
    public async Task LineIdReusedInTheFile_WithOtherContent_Rejected_WithTheSameContent_Skipped()
    {
        var store = NewStore();
        var text = Csv(Line("L1", "A"), Line("L1", "B"), Line("L2", "A"), Line("L2", "A"), Line("L1", "A"));

        var (report, rejections) = await RunAsync(NewImport(store), text);

        Assert.Equal(new LineRejection(3, "line_id", "line_id already used in the batch with different content (in this file)", "B"), Assert.Single(rejections));
        Assert.Equal((5, 2, 1, 2, 1), (report.Lines, report.Accepted, report.Rejected, report.Duplicates, report.InvoicesCreated));
    }

    [Fact]
    public async Task SameLineIdInAnotherBatch_IsAnotherLine()
    {
        var (report, rejections) = await RunAsync(NewImport(NewStore()), Csv(Line("L1", "A"), Line("L1", "A", changes: ("batch_id", "B2"))));

        Assert.Empty(rejections);
        Assert.Equal(2, report.InvoicesCreated);
    }

    [Fact]
    public async Task YearWithoutTariff_Rejected()
    {
        var text = Csv(Line("L1", "A"), Line("L2", "B", changes: [("invoice_date", "2035-01-02"), ("service_date", "2034-12-01")]));

        var (report, rejections) = await RunAsync(NewImport(NewStore()), text);

        Assert.Equal(new LineRejection(3, "invoice_date", "no tariff is configured for the year of the invoice date", "B"), Assert.Single(rejections));
        Assert.Equal(1, report.InvoicesCreated);
    }

    [Fact]
    public async Task ReaderRejections_PassThroughWithLineAndColumn()
    {
        var text = Csv(Line("L1", "A", 0m), Line("L2", "A", changes: ("ssn", "131052-308U")), Line("L3", "A"));

        var (report, rejections) = await RunAsync(NewImport(NewStore()), text);

        Assert.Equal(
            [new LineRejection(2, "amount", "zero or negative amount", "A"), new LineRejection(3, "ssn", "invalid henkilötunnus: bad check character", "A")],
            rejections);
        Assert.Equal((3, 1, 2), (report.Lines, report.Accepted, report.Rejected));
    }

    [Fact]
    public async Task UnknownColumns_AreReported()
    {
        var text = Csv(Line("L1", "A")).Replace("ceiling_holder_id\n", "ceiling_holder_id,cost_centre\n", StringComparison.Ordinal);

        var (report, _) = await RunAsync(NewImport(NewStore()), text);

        Assert.Equal(["cost_centre"], report.UnknownColumns);
    }

    [Fact]
    public async Task NotABillingFile_ThrowsAndWritesNothing()
    {
        var store = NewStore();
        var text = Csv(Line("L1", "A")).Replace("amount,", "sum,", StringComparison.Ordinal);

        var e = await Assert.ThrowsAsync<BillingFileFormatException>(() => RunAsync(NewImport(store), text));

        Assert.Equal("not a billing file: the required column amount is missing", e.Message);
        Assert.Empty(await AllAsync(store));
    }

    [Fact]
    public async Task SpillingToSortedRuns_GivesTheSameInvoices()
    {
        var text = Generated("2026-01-HOME", lines: 5_000, linesPerClient: 7, seed: 3, delimiter: ',');
        var inMemory = NewStore();
        var spilled = NewStore();

        var (aHandedOn, bHandedOn) = (new HandedOn(), new HandedOn());

        var (a, _) = await RunAsync(NewImport(inMemory), text, imported: aHandedOn);
        var (b, _) = await RunAsync(NewImport(spilled, maxLinesInMemory: 700), text, imported: bHandedOn);

        Assert.Equal((a.Lines, a.Accepted, a.InvoicesCreated, a.AmountCreated), (b.Lines, b.Accepted, b.InvoicesCreated, b.AmountCreated));
        Assert.Equal(aHandedOn.Ids, bHandedOn.Ids);
        Assert.Equal((await AllAsync(inMemory)).Select(i => i.State), (await AllAsync(spilled)).Select(i => i.State));
    }

    [Fact]
    public async Task StoredInvoices_AreHandedOnChunkByChunk_EachOnce_OnlyOnceStored()
    {
        var store = new AnsweringLaterStore(NewStore());
        var text = Generated("2026-01-HOME", lines: 7_500, linesPerClient: 3, seed: 5);
        var handedOn = new StoredCheckingSink(store);

        var (report, _) = await RunAsync(NewImport(store, ceilings: CeilingsOf(store.Inner)), text, imported: handedOn);

        Assert.Equal(2_500, report.InvoicesCreated);
        Assert.Equal([1_000, 1_000, 500], handedOn.Chunks.Select(c => c.Count)); // BillingImport.ChunkSize at a time, not all at the end
        Assert.Equal(2_500, handedOn.Chunks.SelectMany(c => c).Distinct().Count());
        Assert.Equal(0, handedOn.NotYetStored);
    }

    private static Money SumOfAmounts(string text)
    {
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var column = Array.IndexOf(rows[0].Split(';'), "amount");
        return rows.Skip(1).Aggregate(Money.Zero, (sum, row) => sum + Money.Of(decimal.Parse(row.Split(';')[column].Replace(',', '.'), CultureInfo.InvariantCulture)));
    }

    /// <summary>Records the chunks handed on and counts invoices whose store call had not answered yet.</summary>
    private sealed class StoredCheckingSink(AnsweringLaterStore store) : IImportedInvoiceSink
    {
        public List<IReadOnlyList<InvoiceId>> Chunks { get; } = [];

        public int NotYetStored { get; private set; }

        public Task AddAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken)
        {
            Chunks.Add(invoices);
            NotYetStored += invoices.Count(id => !store.Answered.ContainsKey(id));
            return Task.CompletedTask;
        }
    }

    /// <summary>A store whose create calls answer only after yielding, like a remote one; it notes the invoices of each answered call.</summary>
    private sealed class AnsweringLaterStore(IInvoiceStore inner) : DelegatingInvoiceStore(inner)
    {
        /// <summary>The invoices of the create calls that have answered (calls answer on other threads).</summary>
        public ConcurrentDictionary<InvoiceId, bool> Answered { get; } = new();

        public override async Task<IReadOnlyList<CreateOutcome>> CreateAsync(IReadOnlyList<NewInvoice> invoices, CancellationToken cancellationToken)
        {
            var outcomes = await Inner.CreateAsync(invoices, cancellationToken);
            await Task.Yield();
            foreach (var invoice in invoices)
            {
                Answered[invoice.Id] = true;
            }

            return outcomes;
        }
    }
}
