using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Ceiling;

/// <summary>
/// A rectification claim accepted with a new, lower amount corrects the invoice's ceiling lines (issue 6:
/// "corrections recompute the accrual"). 2024: ceiling 762 €. C1: JAN 400 € (10.1.), FEB 500 € on 3.2.
/// (reaches the ceiling: charged 362 €) and 80 € on 5.2. (free).
/// </summary>
public class CeilingCorrectionTests
{
    private static readonly DateOnly DecisionDay = new(2024, 3, 20);

    [Fact]
    public async Task GivenTheInvoiceThatReachedTheCeiling_WhenRectifiedTo262_ThenTheAccrualFallsBelowTheCeiling_TheCardIsRevoked_AndTheFreeLineIsOwedAgain()
    {
        var (store, staff, workflow) = await ImportedAsync();
        var february = (await AllAsync(store)).Single(i => i.State.Facts.BatchId == "FEB").State;

        await staff.ReceiveClaimAsync(february.Facts.Id, "claim-1", new DateOnly(2024, 3, 10), Stamp(), CancellationToken.None);
        var decided = await staff.DecideClaimAsync(february.Facts.Id, "claim-1", accepted: true, Money.Of(262m), Stamp(), CancellationToken.None);

        Assert.IsType<CommandOutcome.Applied>(decided.Outcome);
        var account = await AccountAsync(store);
        Assert.Equal(Money.Of(262m), account.Account.Find("FEB/F1")!.Line.Billed);
        Assert.Equal(Money.Of(742m), account.Account.Accrued); // 400 + 262 + 80: the 80 € line is no longer free
        Assert.Null(account.Account.FreeCard);
        var adjusted = Assert.Single(account.Events.OfType<CeilingEvent.ChargeAdjusted>(), e => e.LineKey == "FEB/F2");
        Assert.Equal(Money.Of(80m), adjusted.Difference);
        var revoked = await store.PendingAsync(DateTimeOffset.MaxValue, 1000, CancellationToken.None).Select(e => e.Notice).Where(n => n.Kind == NoticeKind.FreeCardRevoked).ToListAsync();
        Assert.Equal(DecisionDay, Assert.Single(revoked).Date);

        var before = account.Events.Count;
        var facts = (await store.LoadAsync(february.Facts.Id, CancellationToken.None))!.State.Facts;
        await new InvoiceCeilingCorrection(new CeilingAccounts(CeilingsOf(store), Rules.Tariffs), new CeilingNoticeWriter(store, Rules.Tariffs))
            .CorrectAsync(facts, DecisionDay, BusinessTime.StartOf(DecisionDay), CancellationToken.None);
        Assert.Equal(before, (await AccountAsync(store)).Events.Count); // run again: nothing changes
    }

    [Fact]
    public async Task GivenAnInvoiceBelowTheCeiling_WhenRectifiedToHalf_ThenItsLineAccruesHalf()
    {
        var (store, staff, _) = await ImportedAsync();
        var january = (await AllAsync(store)).Single(i => i.State.Facts.BatchId == "JAN").State;

        await staff.ReceiveClaimAsync(january.Facts.Id, "claim-2", new DateOnly(2024, 2, 10), Stamp(), CancellationToken.None);
        await staff.DecideClaimAsync(january.Facts.Id, "claim-2", accepted: true, Money.Of(200m), Stamp(), CancellationToken.None);

        var account = await AccountAsync(store);
        Assert.Equal(Money.Of(200m), account.Account.Find("JAN/J1")!.Line.Billed);
        // 200 + 500 reaches 700; F2's 80 € then crosses: 62 € up to the ceiling; the card moves to 5.2.
        Assert.Equal(Money.Of(762m), account.Account.Accrued);
        Assert.Equal(new FreeCard(new DateOnly(2024, 2, 5)), account.Account.FreeCard);
    }

    private static async Task<(InMemoryStore Store, StaffActions Staff, InvoiceWorkflow Workflow)> ImportedAsync()
    {
        var store = NewStore();
        var text = Csv(
            Line("J1", "C1", 400m, ("batch_id", "JAN"), ("service_date", "2024-01-10"), ("invoice_date", "2024-02-01")),
            Line("F1", "C1", 500m, ("batch_id", "FEB"), ("service_date", "2024-02-03"), ("invoice_date", "2024-03-01")),
            Line("F2", "C1", 80m, ("batch_id", "FEB"), ("service_date", "2024-02-05"), ("invoice_date", "2024-03-01")));
        var (_, rejections) = await RunAsync(NewImport(store), text);
        Assert.Empty(rejections);
        var clock = new ManualClock(Now);
        clock.SetDay(DecisionDay, new TimeOnly(10, 0));
        var workflow = new InvoiceWorkflow(store, Rules, clock, CeilingsOf(store), store);
        return (store, new StaffActions(workflow, new InMemoryAuditLog()), workflow);
    }

    private static Stamp Stamp() => new(new Actor("supervisor-sari", StaffRole.Supervisor), BusinessTime.StartOf(DecisionDay).AddHours(10), "the fee was wrong");

    private static async Task<StoredCeiling> AccountAsync(InMemoryStore store)
    {
        var key = new CeilingKey("C1", 2024);
        return (await CeilingsOf(store).LoadAsync([key], CancellationToken.None))[key];
    }
}
