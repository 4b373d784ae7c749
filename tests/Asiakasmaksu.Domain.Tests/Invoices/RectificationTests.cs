using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

public class RectificationTests
{
    private static C.ReceiveRectificationClaim Claim(DateOnly on, DateOnly received, string id = "c1") => new(on, id, received, By(StaffRole.Team));

    private static C.DecideRectificationClaim Decide(DateOnly on, bool accepted, decimal? amount = null, string id = "c1", StaffRole role = StaffRole.Supervisor) =>
        new(on, id, accepted, amount is { } a ? Money.Of(a) : null, By(role));

    [Fact]
    public void Claim_PausesEveryStep()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Claim(D(2017, 8, 1), D(2017, 8, 1)));
        Assert.True(s.Single<E.RectificationClaimReceived>().WithinTimeLimit);
        s.LiveThrough(D(2017, 12, 31));
        Assert.DoesNotContain(s.Events, e => e is E.BecameOverdue or E.ReminderSent);
        Assert.Null(CollectionSchedule.NextWakeUp(s.State, D(2018, 1, 1), Rules));
    }

    [Fact]
    public void Rejected_ResumesWithStepsShiftedByThePausedDays()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Claim(D(2017, 8, 1), D(2017, 8, 1)));
        s.LiveThrough(D(2017, 8, 31));
        s.Accept(Decide(D(2017, 8, 31), accepted: false));

        // Paused 30 days: due 11.8 → 10.9 (Sun) → 11.9.2017; reminder on Tuesday 3.10.2017.
        Assert.Equal(30, s.Single<E.RectificationClaimRejected>().PausedDays);
        Assert.Equal(new Stage.Invoiced(D(2017, 9, 11)), s.Open.Stage);
        s.LiveThrough(D(2017, 10, 10));
        Assert.Equal(D(2017, 10, 3), s.Single<E.ReminderSent>().On);
    }

    [Theory]
    [InlineData(31, true)] // 25.7 + 7 days presumed delivery + 30 days = 31.8.2017
    [InlineData(32, false)]
    public void ClaimPeriod_Is30DaysFromThePresumedNotification(int daysAfterJuly31, bool onTime)
    {
        var received = D(2017, 7, 31).AddDays(daysAfterJuly31);
        var s = Issue(D(2017, 7, 25));
        s.Accept(Claim(received, received));
        Assert.Equal(onTime, s.Single<E.RectificationClaimReceived>().WithinTimeLimit);
    }

    [Fact]
    public void AcceptedWithALowerAmount_RebillsFromTheDecisionDay()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 8, 31));
        s.Accept(Claim(D(2017, 8, 31), D(2017, 8, 30)));
        s.Accept(Decide(D(2017, 9, 4), accepted: true, amount: 60m));
        var open = s.Open;
        Assert.Equal(Money.Of(60m), open.Facts.Amount);
        Assert.Equal(Money.Of(60m), open.Ledger.Total);
        Assert.Equal(Money.Zero, open.Ledger.Fees); // the reminder fee went with the wrong amount
        Assert.Equal(new Stage.Invoiced(D(2017, 9, 21)), open.Stage); // 4.9 + 14 = 18.9, + 3 bank days
        var corrected = s.Notices.Last();
        Assert.Equal(NoticeKind.Invoice, corrected.Kind);
        Assert.True(corrected.Details.IsCorrection);
    }

    [Fact]
    public void AcceptedWithoutAmount_Cancels()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Claim(D(2017, 8, 1), D(2017, 8, 1)));
        s.Accept(Decide(D(2017, 8, 5), accepted: true));
        Assert.Equal("cancelled", Assert.IsType<ClosedInvoice>(s.State).Status);
    }

    [Fact]
    public void AcceptedBelowWhatWasPaid_SettlesWithCredit()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(new C.RecordPayment(D(2017, 8, 1), "p", D(2017, 8, 1), Money.Of(80m), By(StaffRole.System)));
        s.Accept(Claim(D(2017, 8, 1), D(2017, 8, 1)));
        s.Accept(Decide(D(2017, 8, 5), accepted: true, amount: 50m));
        var closed = Assert.IsType<ClosedInvoice>(s.State);
        Assert.Equal("paid", closed.Status);
        Assert.Equal(Money.Of(30m), closed.Ledger.Credit);
    }

    [Fact]
    public void AcceptedBelowWhatWasPaidWithTheReminderCosts_SettlesWithCredit()
    {
        // 100 € invoice, reminded (2.45 € of costs), paid 100 € after the reminder (2.45 € to the
        // costs, 97.55 € to the principal); the claim accepted at 98 €: the costs go and what was
        // paid of them counts, so 2 € was paid beyond the corrected amount.
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 1));
        s.Accept(new C.RecordPayment(D(2017, 9, 1), "p", D(2017, 9, 1), Money.Of(100m), By(StaffRole.System)));
        Assert.Equal(Money.Of(97.55m), s.Single<E.PaymentReceived>().Allocation.ToPrincipal);
        s.Accept(Claim(D(2017, 9, 1), D(2017, 9, 1)));

        s.Accept(Decide(D(2017, 9, 5), accepted: true, amount: 98m));

        var closed = Assert.IsType<ClosedInvoice>(s.State);
        Assert.Equal("paid", closed.Status);
        Assert.Equal(Money.Of(2m), closed.Ledger.Credit);
        var corrected = s.Notices.Last();
        Assert.True(corrected.Details.IsCorrection);
        Assert.Equal(Money.Zero, corrected.Amounts.Total);
    }

    [Fact]
    public void AcceptedBeforeCostsCountedTowardTheNewAmount_ReplaysAsRecorded()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 1));
        s.Accept(new C.RecordPayment(D(2017, 9, 1), "p", D(2017, 9, 1), Money.Of(60m), By(StaffRole.System)));
        s.Accept(Claim(D(2017, 9, 1), D(2017, 9, 1)));
        s.Accept(Decide(D(2017, 9, 5), accepted: true, amount: 80m));
        var stored = s.Events.Select(e => e is E.RectificationClaimAccepted a ? a with { CostsToPrincipal = null } : e);

        var replayed = Assert.IsType<OpenInvoice>(InvoiceDecider.Replay(InvoiceState.None, stored));

        // As recorded then: 57.55 € of the principal paid, 22.45 € left, the 2.45 € of costs credit.
        Assert.Equal((Money.Of(22.45m), Money.Of(2.45m)), (replayed.Ledger.Principal, replayed.Ledger.Credit));
        Assert.Equal((Money.Of(20m), Money.Zero), (s.Open.Ledger.Principal, s.Open.Ledger.Credit));
    }

    [Fact]
    public void NewAmount_MayNotRaiseTheFee() =>
        Assert.Contains("below the current amount", ClaimPending().Refuse(Decide(D(2017, 8, 5), accepted: true, amount: 120m)).Reason, StringComparison.Ordinal);

    [Fact]
    public void Team_MayNotDecide() =>
        Assert.Equal(RefusalKind.NotAllowed, ClaimPending().Refuse(Decide(D(2017, 8, 5), accepted: false, role: StaffRole.Team)).Kind);

    [Fact]
    public void DecidingTheSameWayAgain_ChangesNothing_TheOtherWayIsRefused()
    {
        var s = ClaimPending();
        s.Accept(Decide(D(2017, 8, 5), accepted: false));
        Assert.Empty(s.Accept(Decide(D(2017, 8, 6), accepted: false)).Events);
        Assert.Contains("already rejected", s.Refuse(Decide(D(2017, 8, 6), accepted: true)).Reason, StringComparison.Ordinal);
        Assert.Empty(s.Accept(Claim(D(2017, 8, 6), D(2017, 8, 1))).Events);
    }

    [Fact]
    public void LateClaim_IsRecordedAsLate()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 5));
        s.Accept(Claim(D(2017, 9, 5), D(2017, 9, 5)));
        Assert.False(s.Single<E.RectificationClaimReceived>().WithinTimeLimit);
    }

    [Fact]
    public void UnknownClaim_IsNotFound() =>
        Assert.Equal(RefusalKind.NotFound, ClaimPending().Refuse(Decide(D(2017, 8, 5), accepted: false, id: "other")).Kind);

    private static Scenario ClaimPending()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Claim(D(2017, 8, 1), D(2017, 8, 1)));
        return s;
    }
}
