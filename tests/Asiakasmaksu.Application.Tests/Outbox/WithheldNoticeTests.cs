using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Tests.Import;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Rendering;

namespace Asiakasmaksu.Application.Tests.Outbox;

/// <summary>
/// A billing file imported on 2.3.2026 with the invoice date 20.3.2026: the letters wait in the
/// outbox until their date. One client dies and the estate write-off runs on 10.3 (docs/domain.md:
/// nothing is sent after it but one confirmation to the estate): that invoice's letter is withheld
/// on its date, recorded as such, while the other client's letter goes as usual.
/// </summary>
public sealed class WithheldNoticeTests
{
    private static readonly DateOnly InvoiceDate = new(2026, 3, 20);

    [Fact]
    public async Task GivenAnInvoiceLetterWaitingForItsDate_WhenTheInvoiceIsWrittenOffMeanwhile_ThenItIsWithheldAndTheOthersGo()
    {
        var store = ImportKit.NewStore();
        await ImportKit.RunAsync(ImportKit.NewImport(store), ImportKit.Csv(
            ImportKit.Line("L1", "C1", changes: ("invoice_date", "2026-03-20")),
            ImportKit.Line("L2", "C2", changes: ("invoice_date", "2026-03-20"))));
        var invoices = (await ImportKit.AllAsync(store)).ToDictionary(i => i.State.Facts.ClientId, i => i.State.Facts.Id);
        var clock = new ManualClock(ImportKit.Now);
        clock.SetDay(new DateOnly(2026, 3, 10), new TimeOnly(10, 0));
        var workflow = ImportKit.Workflow(store, clock);
        var stamp = new Stamp(new Actor("team-anna", StaffRole.Team), clock.GetUtcNow(), "estate inventory: no assets");
        Assert.IsType<CommandOutcome.Applied>(await workflow.ExecuteAsync(invoices["C1"], new InvoiceCommand.WriteOffForEstate(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 9), stamp), ConflictPolicy.Retry, CancellationToken.None));
        var archive = new MemoryArchive();
        var dispatcher = new OutboxDispatcher(store, new NoticeRenderer(IssuerProfile.Example), IssuerProfile.Example, new RecordingEmailSender(), archive, clock, new DispatchOptions(LetterFormat: LetterFormat.Html), invoices: store);

        Assert.Empty(await dispatcher.DispatchAsync(CancellationToken.None)); // nothing before its date
        clock.SetDay(InvoiceDate, new TimeOnly(9, 0));
        var delivered = await dispatcher.DispatchAsync(CancellationToken.None);
        var again = await dispatcher.DispatchAsync(CancellationToken.None);

        var withheld = Assert.Single(delivered, d => d.Notice.InvoiceId == invoices["C1"]);
        Assert.Equal(OutboxDispatcher.WithheldChannel, withheld.Delivery.Channel);
        Assert.Equal(OutboxDispatcher.LetterChannel, Assert.Single(delivered, d => d.Notice.InvoiceId == invoices["C2"]).Delivery.Channel);
        Assert.DoesNotContain(archive.Stored.Keys, name => name.Contains(withheld.Notice.Id, StringComparison.Ordinal));
        Assert.Empty(again);
        Assert.Equal(OutboxDispatcher.WithheldChannel, (await store.DeliveryOfAsync(withheld.Notice.Id, CancellationToken.None))?.Channel);
    }

    [Fact]
    public async Task GivenAnInvoiceLetterWaitingForItsDate_WhenTheInvoiceIsPaidMeanwhile_ThenTheLetterStillGoes()
    {
        var store = ImportKit.NewStore();
        await ImportKit.RunAsync(ImportKit.NewImport(store), ImportKit.Csv(ImportKit.Line("L1", "C1", changes: ("invoice_date", "2026-03-20"))));
        var id = Assert.Single(await ImportKit.AllAsync(store)).State.Facts.Id;
        var clock = new ManualClock(ImportKit.Now);
        clock.SetDay(new DateOnly(2026, 3, 20), new TimeOnly(8, 0));
        var workflow = ImportKit.Workflow(store, clock);
        var stamp = new Stamp(new Actor("system", StaffRole.System), clock.GetUtcNow(), "bank file");
        await workflow.ExecuteAsync(id, new InvoiceCommand.RecordPayment(new DateOnly(2026, 3, 20), "p1", new DateOnly(2026, 3, 20), Domain.Money.Of(20.90m), stamp), ConflictPolicy.Retry, CancellationToken.None);
        var dispatcher = new OutboxDispatcher(store, new NoticeRenderer(IssuerProfile.Example), IssuerProfile.Example, new RecordingEmailSender(), new MemoryArchive(), clock, new DispatchOptions(LetterFormat: LetterFormat.Html), invoices: store);

        var delivered = await dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(OutboxDispatcher.LetterChannel, Assert.Single(delivered).Delivery.Channel);
    }
}
