using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

public class PaymentTests
{
    private static C.RecordPayment Pay(DateOnly on, decimal amount, string id = "p1", DateOnly? paidOn = null, StaffRole role = StaffRole.System) =>
        new(on, id, paidOn ?? on, Money.Of(amount), By(role));

    [Fact]
    public void GivenInvoiced_WhenPaidInFull_ThenPaidAndNothingMoreHappens()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Pay(D(2017, 8, 10), 100m));
        var closed = Assert.IsType<ClosedInvoice>(s.State);
        Assert.Equal("paid", closed.Status);
        s.LiveThrough(D(2018, 1, 1));
        Assert.DoesNotContain(s.Events, e => e is E.ReminderSent);
        Assert.Single(s.Notices);
    }

    [Fact]
    public void GivenInvoiced_WhenPaidInPart_ThenReminderShowsTheRestAndInterestOnWhatWasUnpaid()
    {
        // 40 € paid on the due date; the reminder on 29.8 charges interest on 60 € for 18 days.
        var s = Issue(D(2017, 7, 25));
        s.Accept(Pay(D(2017, 8, 11), 40m));
        s.LiveThrough(D(2017, 8, 29));
        var reminder = s.Single<E.ReminderSent>();
        Assert.Equal(60m * 0.07m * 18m / 365m, reminder.InterestAccrued);
        Assert.Equal(Money.Of(60m), s.Open.Ledger.Principal);
        Assert.Equal(Money.Of(0.21m), s.Open.Ledger.Interest);
    }

    [Fact]
    public void GivenReminded_WhenPaid_ThenFeesThenInterestThenPrincipal()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 8, 30));
        s.Accept(Pay(D(2017, 8, 30), 3m));
        var payment = s.Single<E.PaymentReceived>();
        Assert.Equal(new PaymentAllocation(Money.Of(2.10m), Money.Of(0.35m), Money.Of(0.55m), Money.Zero), payment.Allocation);
        Assert.Equal(Money.Of(99.45m), s.Open.Ledger.Principal);
    }

    [Fact]
    public void GivenConfiguredOrder_PrincipalFirst()
    {
        var rules = Rules with { AllocationOrder = [BalanceComponent.Principal, BalanceComponent.Interest, BalanceComponent.Fees] };
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 8, 30));
        var decision = Assert.IsType<Decision.Accepted>(InvoiceDecider.Decide(s.State, Pay(D(2017, 8, 30), 101m), rules));
        var payment = Assert.IsType<E.PaymentReceived>(decision.Events[0]);
        Assert.Equal(new PaymentAllocation(Money.Of(0.65m), Money.Of(0.35m), Money.Of(100m), Money.Zero), payment.Allocation);
    }

    [Fact]
    public void GivenReminded_WhenOverpaid_ThenPaidWithCreditKept()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 8, 30));
        s.Accept(Pay(D(2017, 8, 30), 110m));
        var closed = Assert.IsType<ClosedInvoice>(s.State);
        Assert.Equal(Money.Of(110m - 102.45m), closed.Ledger.Credit);
        Assert.Equal(Money.Zero, closed.Ledger.Total);
    }

    [Fact]
    public void PaymentOfTheChargedTotal_SettlesEvenThoughInterestAccruedSinceTheNotice()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 10));
        s.Accept(Pay(D(2017, 9, 10), 102.45m));
        Assert.IsType<ClosedInvoice>(s.State);
    }

    [Fact]
    public void RepeatedPaymentId_ChangesNothing()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Pay(D(2017, 8, 1), 10m));
        var state = s.State;
        Assert.Empty(s.Accept(Pay(D(2017, 8, 2), 10m)).Events);
        Assert.Same(state, s.State);
    }

    [Fact]
    public void RepeatedPaymentId_AfterItClosedTheInvoice_ChangesNothing()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Pay(D(2017, 8, 1), 100m));
        Assert.Empty(s.Accept(Pay(D(2017, 8, 2), 100m)).Events);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void NonPositiveAmount_IsRefused(decimal amount) =>
        Assert.Contains("above zero", Issue(D(2017, 7, 25)).Refuse(Pay(D(2017, 8, 1), amount)).Reason, StringComparison.Ordinal);

    [Fact]
    public void PaymentDatedInTheFuture_IsRefused() =>
        Assert.Equal(RefusalKind.Invalid, Issue(D(2017, 7, 25)).Refuse(Pay(D(2017, 8, 1), 5m, paidOn: D(2017, 8, 2))).Kind);

    [Fact]
    public void PaymentToAPaidInvoice_IsRefused()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Pay(D(2017, 8, 1), 100m));
        var refused = s.Refuse(Pay(D(2017, 8, 3), 5m, "p2"));
        Assert.Equal(RefusalKind.WrongState, refused.Kind);
        Assert.Contains("already paid", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Auditor_MayNotRecordPayments() =>
        Assert.Equal(RefusalKind.NotAllowed, Issue(D(2017, 7, 25)).Refuse(Pay(D(2017, 8, 1), 5m, role: StaffRole.Auditor)).Kind);

    [Fact]
    public void CommandsOnAnInvoiceNeverIssued_AreRefusedAsNotFound() =>
        Assert.Equal(RefusalKind.NotFound, Assert.IsType<Decision.Refused>(InvoiceDecider.Decide(InvoiceState.None, Pay(D(2017, 8, 1), 5m), Rules)).Kind);
}
