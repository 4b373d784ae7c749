using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

public class ClosingTests
{
    [Fact]
    public void EstateWriteOff_ClosesAndNothingIsSentAfter()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 1));
        s.Accept(new C.WriteOffForEstate(D(2017, 9, 1), D(2017, 8, 20), By(StaffRole.Team)));
        var closed = Assert.IsType<ClosedInvoice>(s.State);
        Assert.Equal("written_off", closed.Status);
        Assert.Equal(Money.Of(102.45m), s.Single<E.WrittenOff>().Amount);
        var notices = s.Notices.Count;
        s.LiveThrough(D(2018, 3, 1));
        Assert.Equal(notices, s.Notices.Count);
        Assert.Empty(s.Accept(new C.WriteOffForEstate(D(2018, 3, 1), D(2017, 8, 20), By(StaffRole.Team))).Events);
    }

    [Fact]
    public void EstateWriteOff_InventoryInTheFuture_IsRefused() =>
        Assert.Equal(RefusalKind.Invalid, Issue(D(2017, 7, 25)).Refuse(new C.WriteOffForEstate(D(2017, 8, 1), D(2017, 8, 2), By(StaffRole.Team))).Kind);

    [Fact]
    public void Waiver_OnlyByADirector()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 1));
        var refused = s.Refuse(new C.Waive(D(2017, 9, 1), By(StaffRole.Supervisor)));
        Assert.Equal(RefusalKind.NotAllowed, refused.Kind);
        Assert.Equal("only a director may waive collection; a supervisor asked", refused.Reason);
        s.Accept(new C.Waive(D(2017, 9, 1), By(StaffRole.Director)));
        Assert.Equal("waived", Assert.IsType<ClosedInvoice>(s.State).Status);
        var confirmation = Assert.Single(s.Notices, n => n.Kind == NoticeKind.WaiverConfirmation);
        Assert.Equal(Money.Of(102.45m), confirmation.Amounts.Total);
        Assert.Empty(s.Accept(new C.Waive(D(2017, 9, 2), By(StaffRole.Director))).Events);
    }

    [Fact]
    public void ErroneousInvoice_IsCancelledAndPaymentsBecomeCredit()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(new C.RecordPayment(D(2017, 8, 1), "p", D(2017, 8, 1), Money.Of(30m), By(StaffRole.System)));
        s.Accept(new C.Cancel(D(2017, 8, 2), CancellationReason.ErroneousInvoice, By(StaffRole.Supervisor, "wrong client")));
        var closed = Assert.IsType<ClosedInvoice>(s.State);
        Assert.Equal("cancelled", closed.Status);
        Assert.Equal(Money.Of(30m), closed.Ledger.Credit);
        Assert.Equal(Money.Zero, closed.Ledger.Total);
    }

    [Fact]
    public void ErroneousTransfer_RemovesCostsAndWaitsForANewDueDate()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 20));
        Assert.Equal("collection_letter_1", s.Open.Stage.Name);
        s.Accept(new C.RecordPayment(D(2017, 9, 20), "p", D(2017, 9, 20), Money.Of(10m), By(StaffRole.System)));
        s.Accept(new C.Cancel(D(2017, 9, 20), CancellationReason.ErroneousTransfer, By(StaffRole.Team, "staff error")));

        var removed = s.Single<E.CollectionCostsRemoved>();
        Assert.Equal(Money.Of(16.10m), removed.FeesRemoved);
        Assert.Equal(Money.Of(10m), removed.Refunded); // the 10 € went to fees first
        var open = s.Open;
        Assert.IsType<Stage.AwaitingNewDueDate>(open.Stage);
        Assert.Equal(Money.Of(90m), open.Ledger.Total); // the 10 € paid of the costs pays the principal
        Assert.Equal(Money.Zero, open.Ledger.Credit);

        // Nothing happens until the due date is set anew, then collection starts over from it.
        s.LiveThrough(D(2017, 12, 31));
        Assert.Single(s.Events.OfType<E.ReminderSent>());
        s.Accept(new C.Defer(D(2017, 12, 31), D(2018, 1, 31), By(StaffRole.Team)));
        s.LiveThrough(D(2018, 3, 1));
        Assert.Equal(2, s.Events.OfType<E.ReminderSent>().Count());
        Assert.Equal(D(2018, 2, 20), s.Events.OfType<E.ReminderSent>().Last().On);
        Assert.Equal(Money.Of(90m), s.Notices.Last(n => n.Kind == NoticeKind.Reminder).Amounts.Principal);
    }

    [Fact]
    public void ErroneousTransfer_RecordedBeforeCostsPaidThePrincipal_ReplaysAsRecorded()
    {
        // An event stored before the rule carries no ToPrincipal: what was paid of the costs stays credit.
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 20));
        s.Accept(new C.RecordPayment(D(2017, 9, 20), "p", D(2017, 9, 20), Money.Of(10m), By(StaffRole.System)));
        s.Accept(new C.Cancel(D(2017, 9, 20), CancellationReason.ErroneousTransfer, By(StaffRole.Team, "staff error")));
        var stored = s.Events.Select(e => e is E.CollectionCostsRemoved r ? r with { ToPrincipal = null } : e);

        var replayed = Assert.IsType<OpenInvoice>(InvoiceDecider.Replay(InvoiceState.None, stored));

        Assert.Equal((Money.Of(100m), Money.Of(10m)), (replayed.Ledger.Total, replayed.Ledger.Credit));
        Assert.Equal(Money.Of(90m), s.Open.Ledger.Total);
    }

    [Fact]
    public void ErroneousTransfer_WhenCancelledAgainAfterItPaidTheInvoice_ThenNothingChanges()
    {
        var s = Issue(D(2017, 7, 25), amount: 10m).LiveThrough(D(2017, 9, 20));
        s.Accept(new C.RecordPayment(D(2017, 9, 20), "p", D(2017, 9, 20), Money.Of(12m), By(StaffRole.System)));
        s.Accept(new C.Cancel(D(2017, 9, 20), CancellationReason.ErroneousTransfer, By(StaffRole.Team, "staff error")));

        Assert.Empty(s.Accept(new C.Cancel(D(2017, 9, 21), CancellationReason.ErroneousTransfer, By(StaffRole.Team, "staff error"))).Events);
    }

    [Fact]
    public void ErroneousTransfer_WhenWhatWasPaidOfTheCostsCoversThePrincipal_ThenThePrincipalIsPaidAndTheRestIsCredit()
    {
        var s = Issue(D(2017, 7, 25), amount: 10m).LiveThrough(D(2017, 9, 20));
        Assert.Equal("collection_letter_1", s.Open.Stage.Name);
        s.Accept(new C.RecordPayment(D(2017, 9, 20), "p", D(2017, 9, 20), Money.Of(12m), By(StaffRole.System)));
        Assert.Equal(Money.Of(12m), s.Single<E.PaymentReceived>().Allocation.ToFees);

        s.Accept(new C.Cancel(D(2017, 9, 20), CancellationReason.ErroneousTransfer, By(StaffRole.Team, "staff error")));

        var closed = Assert.IsType<ClosedInvoice>(s.State);
        Assert.Equal("paid", closed.Status);
        Assert.Equal(Money.Of(2m), closed.Ledger.Credit);
        Assert.Equal(Money.Zero, closed.Ledger.Total);
    }

    [Fact]
    public void ErroneousTransfer_BeforeTransfer_IsRefused() =>
        Assert.Equal("the invoice has not been transferred to collection", Issue(D(2017, 7, 25)).Refuse(new C.Cancel(D(2017, 8, 1), CancellationReason.ErroneousTransfer, By(StaffRole.Team))).Reason);

    [Fact]
    public void Auditor_MayNotCancel() =>
        Assert.Equal(RefusalKind.NotAllowed, Issue(D(2017, 7, 25)).Refuse(new C.Cancel(D(2017, 8, 1), CancellationReason.ErroneousInvoice, By(StaffRole.Auditor))).Kind);
}
