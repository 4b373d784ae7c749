using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Ceiling;

/// <summary>Free card notices from the import, and a free card revoked by a cancellation (issue 6, "Proof"); 2024: ceiling 762 €.</summary>
public class CeilingCancellationTests
{
    private static readonly DateOnly CancelDay = new(2024, 3, 20);

    [Fact]
    public async Task GivenAFreeCard_WhenTheInvoiceThatReachedTheCeilingIsCancelled_ThenTheCardIsRevokedWithANotice()
    {
        var (store, staff) = await ImportedAsync();
        var january = await InvoiceOfBatchAsync(store, "JAN");
        var february = await InvoiceOfBatchAsync(store, "FEB");
        Assert.Equal([362m, 0m], february.Facts.Lines.Select(l => l.Amount.Euros));

        var result = await staff.CancelAsync(february.Facts.Id, CancellationReason.ErroneousInvoice, Stamp(), CancellationToken.None);

        Assert.IsType<CommandOutcome.Applied>(result.Outcome);
        var account = await AccountAsync(store);
        Assert.Null(account.Account.FreeCard);
        Assert.Equal(Money.Of(400m), account.Account.Accrued);
        Assert.Equal(["FEB/F1", "FEB/F2"], account.Account.Cancelled);
        var revoked = Assert.Single(await NoticesAsync(store, NoticeKind.FreeCardRevoked));
        Assert.Equal(CeilingNoticeComposer.NoticeId("C1", 2024, account.Events.ToList().FindIndex(e => e is CeilingEvent.FreeCardRevoked) + 1), revoked.Id);
        Assert.Equal(CancelDay, revoked.Date);
        Assert.Equal(new DateOnly(2024, 2, 3), revoked.Details.Ceiling!.RevokedFrom);
        Assert.Equal((Money.Of(400m), Money.Of(362m)), (revoked.Details.Ceiling.Accrued, revoked.Details.Ceiling.Remaining));
        Assert.Equal("Asiakas C1", revoked.ClientName);
        Assert.Equal(400m, january.Facts.Amount.Euros);
    }

    [Fact]
    public async Task GivenAFreeCard_WhenAnEarlierInvoiceIsCancelled_ThenTheCardMovesLaterWithAReplacementNotice()
    {
        var (store, staff) = await ImportedAsync(("MAR", "M1", "2024-03-04", 400m));
        var january = await InvoiceOfBatchAsync(store, "JAN");

        await staff.CancelAsync(january.Facts.Id, CancellationReason.ErroneousInvoice, Stamp(), CancellationToken.None);

        var account = await AccountAsync(store);
        Assert.Equal(new FreeCard(new DateOnly(2024, 3, 4)), account.Account.FreeCard);
        Assert.Equal(Money.Of(762m), account.Account.Accrued);
        var cards = await NoticesAsync(store, NoticeKind.FreeCard);
        Assert.Equal([new DateOnly(2024, 2, 3), new DateOnly(2024, 3, 4)], cards.Select(n => n.Details.Ceiling!.FreeCardFrom!.Value));
        Assert.Equal(new DateOnly(2024, 2, 3), cards[1].Details.Ceiling!.ReplacedFrom);
    }

    [Fact]
    public async Task GivenTheImport_ThenOneFreeCardNoticeIsQueued_AndAnotherImportQueuesNoOther()
    {
        var (store, _) = await ImportedAsync();
        var file = Csv(Line("J1", "C1", 400m, ("batch_id", "JAN"), ("service_date", "2024-01-10"), ("invoice_date", "2024-02-01")));
        await RunAsync(NewImport(store), file);

        var card = Assert.Single(await NoticesAsync(store, NoticeKind.FreeCard));

        var events = (await AccountAsync(store)).Events.ToList();
        Assert.Equal(CeilingNoticeComposer.NoticeId("C1", 2024, events.FindIndex(e => e is CeilingEvent.FreeCardIssued) + 1), card.Id);
        Assert.Equal(Now.Date, card.Date.ToDateTime(TimeOnly.MinValue)); // the invoices' date had passed: the import day
        Assert.Equal((2024, new DateOnly(2024, 2, 3), Money.Of(762m), Money.Zero), (card.Details.Ceiling!.Year, card.Details.Ceiling.FreeCardFrom, card.Details.Ceiling.Accrued, card.Details.Ceiling.Remaining));
        Assert.Equal("C1", card.ClientId);
    }

    [Fact]
    public async Task GivenACancelledInvoice_WhenCancelledAgain_ThenTheAccountDoesNotChange()
    {
        var (store, staff) = await ImportedAsync();
        var february = await InvoiceOfBatchAsync(store, "FEB");
        await staff.CancelAsync(february.Facts.Id, CancellationReason.ErroneousInvoice, Stamp(), CancellationToken.None);
        var once = await AccountAsync(store);

        await staff.CancelAsync(february.Facts.Id, CancellationReason.ErroneousInvoice, Stamp(), CancellationToken.None);

        Assert.Equal(once.Events, (await AccountAsync(store)).Events);
    }

    /// <summary>
    /// C1 in 2024: JAN bills 400 € (invoice 1.2.), FEB bills 500 € on 3.2. (reaches 762: charged 362) and 80 € on 5.2.
    /// (free), invoiced 1.3.; <paramref name="more"/> adds lines in other batches.
    /// </summary>
    private static async Task<(InMemoryStore Store, StaffActions Staff)> ImportedAsync(params (string Batch, string Line, string Date, decimal Amount)[] more)
    {
        var store = NewStore();
        var text = Csv(
        [
            Line("J1", "C1", 400m, ("batch_id", "JAN"), ("service_date", "2024-01-10"), ("invoice_date", "2024-02-01")),
            Line("F1", "C1", 500m, ("batch_id", "FEB"), ("service_date", "2024-02-03"), ("invoice_date", "2024-03-01")),
            Line("F2", "C1", 80m, ("batch_id", "FEB"), ("service_date", "2024-02-05"), ("invoice_date", "2024-03-01")),
            .. more.Select(m => Line(m.Line, "C1", m.Amount, ("batch_id", m.Batch), ("service_date", m.Date), ("invoice_date", "2024-04-01"))),
        ]);
        var (_, rejections) = await RunAsync(NewImport(store), text);
        Assert.Empty(rejections);
        var clock = new ManualClock(Now);
        clock.SetDay(CancelDay, new TimeOnly(10, 0));
        return (store, new StaffActions(new InvoiceWorkflow(store, Rules, clock, CeilingsOf(store), store), new InMemoryAuditLog()));
    }

    private static Stamp Stamp() => new(new Actor("supervisor-sari", StaffRole.Supervisor), BusinessTime.StartOf(CancelDay).AddHours(10), "billed twice");

    private static async Task<IssuedInvoice> InvoiceOfBatchAsync(InMemoryStore store, string batch) =>
        (await AllAsync(store)).Single(i => i.State.Facts.BatchId == batch).State;

    private static async Task<StoredCeiling> AccountAsync(InMemoryStore store)
    {
        var key = new CeilingKey("C1", 2024);
        return (await CeilingsOf(store).LoadAsync([key], CancellationToken.None))[key];
    }

    private static async Task<List<Notice>> NoticesAsync(InMemoryStore store, NoticeKind kind) =>
        await store.PendingAsync(DateTimeOffset.MaxValue, 1000, CancellationToken.None).Select(e => e.Notice).Where(n => n.Kind == kind).OrderBy(n => n.Id, StringComparer.Ordinal).ToListAsync();
}
