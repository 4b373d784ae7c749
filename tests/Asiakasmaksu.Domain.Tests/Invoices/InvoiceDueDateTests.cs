using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>
/// The invoice's own due date (<see cref="IssuedInvoice.DueDate"/>, docs/simulate.md "dueDate") against
/// the due date the next step counts from (<see cref="Stage.DueDate"/>, "noticeDueDate"), issue 18.
/// </summary>
public class InvoiceDueDateTests
{
    [Fact]
    public void GivenTheSeedInvoice_WhenReminded_ThenItsDueDateStays11AugWhileTheReminderIsDue12Sep()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 8, 31));

        Assert.Equal("reminder", s.Open.Stage.Name);
        Assert.Equal(D(2017, 8, 11), s.Open.DueDate);
        Assert.Equal(D(2017, 9, 12), s.Open.Stage.DueDate);
    }

    [Fact]
    public void GivenTheSeedInvoice_WhenInEnforcement_ThenItsDueDateIsStill11AugAndNoNoticeIsDue()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 10, 31));

        Assert.Equal("enforcement", s.Open.Stage.Name);
        Assert.Equal(D(2017, 8, 11), s.Open.DueDate);
        Assert.Null(s.Open.Stage.DueDate);
    }

    [Fact]
    public void GivenADeferralBeforeCollection_ThenTheInvoiceDueDateMovesAndCollectionCountsFromIt()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(new C.Defer(D(2017, 8, 1), D(2017, 9, 11), By(StaffRole.Team)));
        s.LiveThrough(D(2017, 10, 5));

        Assert.Equal(D(2017, 9, 11), s.Open.DueDate);
        Assert.Equal(D(2017, 10, 3), s.Single<E.ReminderSent>().On);
        Assert.Equal(D(2017, 10, 17), s.Open.Stage.DueDate);
    }

    [Fact]
    public void GivenADeferralInCollection_ThenTheReminderDueDateMovesAndTheInvoiceDueDateStays()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 1));
        s.Accept(new C.Defer(D(2017, 9, 1), D(2017, 10, 2), By(StaffRole.Supervisor)));

        Assert.Equal(D(2017, 8, 11), s.Open.DueDate);
        Assert.Equal(D(2017, 10, 2), s.Open.Stage.DueDate);
    }

    [Fact]
    public void GivenARectificationAcceptedWithANewAmount_ThenTheCorrectedInvoiceBringsItsOwnDueDate()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 8, 31));
        s.Accept(new C.ReceiveRectificationClaim(D(2017, 8, 31), "c1", D(2017, 8, 30), By(StaffRole.Team)));
        s.Accept(new C.DecideRectificationClaim(D(2017, 8, 31), "c1", true, Money.Of(60m), By(StaffRole.Supervisor)));

        var corrected = s.Single<E.RectificationClaimAccepted>().NewDueDate;
        Assert.NotNull(corrected);
        Assert.Equal(corrected.Value, s.Open.DueDate);
        Assert.Equal(corrected, s.Open.Stage.DueDate);
    }

    [Fact]
    public void GivenAnUndoneTransfer_ThenTheInvoiceKeepsItsDueDateUntilADeferralSetsANewOne()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 20));
        s.Accept(new C.Cancel(D(2017, 9, 20), CancellationReason.ErroneousTransfer, By(StaffRole.Team, "staff error")));

        Assert.Equal(D(2017, 8, 11), s.Open.DueDate);
        Assert.Null(s.Open.Stage.DueDate);

        s.Accept(new C.Defer(D(2017, 9, 20), D(2017, 10, 16), By(StaffRole.Team)));
        Assert.Equal(D(2017, 10, 16), s.Open.DueDate);
    }

    [Fact]
    public void GivenAPlanBeforeCollection_WhenAnInstallmentIsMissed_ThenTheInvoiceIsDueOnThatInstallmentsDate()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(new C.AgreePaymentPlan(D(2017, 8, 1), [new(D(2017, 8, 31), Money.Of(50m)), new(D(2017, 9, 29), Money.Of(50m))], By(StaffRole.Supervisor)));
        s.LiveThrough(D(2017, 9, 8));

        Assert.Equal(D(2017, 8, 31), s.Single<E.InstallmentMissed>().InstallmentDueDate);
        Assert.Equal(D(2017, 8, 31), s.Open.DueDate);
    }

    [Fact]
    public void GivenAClaimReceivedByPost_WhenTheSystemRecordsIt_ThenItIsRecordedAndPausesCollection()
    {
        var s = Issue(D(2017, 7, 25));

        s.Accept(new C.ReceiveRectificationClaim(D(2017, 8, 1), "c1", D(2017, 8, 1), By(StaffRole.System)));

        Assert.Equal(StaffRole.System, s.Single<E.RectificationClaimReceived>().Stamp.Actor.Role);
        Assert.NotNull(s.Open.PendingClaim);
    }

    [Fact]
    public void GivenAnAuditor_WhenRecordingAClaim_ThenRefused() =>
        Assert.Equal(RefusalKind.NotAllowed, Issue(D(2017, 7, 25)).Refuse(new C.ReceiveRectificationClaim(D(2017, 8, 1), "c1", D(2017, 8, 1), By(StaffRole.Auditor))).Kind);
}
