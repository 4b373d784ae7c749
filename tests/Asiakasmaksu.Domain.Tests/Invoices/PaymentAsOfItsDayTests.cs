using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>
/// A payment is applied as of its payment day (seed 000: only an unpaid invoice goes to the reminder,
/// and a collection letter follows a reminder unpaid by its due date; 513/1999 5 § and 10 a §: costs
/// are for an overdue debt). The seed's worked example: 100 € invoiced 25.7.2017, due 11.8.2017,
/// reminded 29.8.2017 (fee 2.10 €, interest 0.35 €).
/// </summary>
public class PaymentAsOfItsDayTests
{
    private static C.RecordPayment Paid(DateOnly recordedOn, DateOnly paidOn, decimal amount, string id = "p1") =>
        new(recordedOn, id, paidOn, Money.Of(amount), By(StaffRole.Team, "matched by hand: wrong reference"));

    [Fact]
    public void GivenAPaymentBeforeTheDueDateMatchedAfterTheReminder_WhenRecorded_ThenTheReminderCostsAreTakenBackAndTheInvoiceIsPaid()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 5));
        Assert.Equal(D(2017, 8, 29), s.Single<E.ReminderSent>().On);
        Assert.Equal(Money.Of(102.45m), s.Open.Ledger.Total);

        s.Accept(Paid(D(2017, 9, 5), D(2017, 8, 10), 100m));

        var payment = s.Single<E.PaymentReceived>();
        Assert.Equal(new CostsWithdrawn(Money.Of(2.10m), Money.Of(0.35m)), payment.Withdrawn);
        Assert.Equal(Money.Of(100m), payment.Allocation.ToPrincipal);
        Assert.Equal(Money.Zero, payment.Allocation.ToFees);
        var closed = Assert.IsType<ClosedInvoice>(s.State);
        Assert.Equal("paid", closed.Status);
        Assert.Equal(Money.Zero, closed.Ledger.Credit);
        var notices = s.Notices.Count;
        s.LiveThrough(D(2017, 12, 31));
        Assert.Equal(notices, s.Notices.Count);
    }

    [Fact]
    public void GivenThePrincipalPaidOnTheReminderDay_WhenRecordedTheNextMorning_ThenTheReminderFeeIsNotOwed()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 8, 29));

        s.Accept(Paid(D(2017, 8, 30), D(2017, 8, 29), 100m));

        Assert.Equal("paid", Assert.IsType<ClosedInvoice>(s.State).Status);
        Assert.Equal(Money.Of(2.10m), s.Single<E.PaymentReceived>().Withdrawn?.Fees);
    }

    [Fact]
    public void GivenTheReminderPaidInFullBeforeTheFirstLetter_WhenMatchedAfterIt_ThenOnlyTheLettersCostsAreTakenBack()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 20));
        var letter = s.Single<E.CollectionLetter1Sent>();
        var ledgerAfterLetter = s.Open.Ledger;

        s.Accept(Paid(D(2017, 9, 20), D(2017, 9, 1), 102.45m));

        var payment = s.Single<E.PaymentReceived>();
        Assert.Equal(letter.Fee, payment.Withdrawn?.Fees);
        Assert.Equal(ledgerAfterLetter.Total - Money.Of(102.45m), payment.Withdrawn!.Fees + payment.Withdrawn.Interest);
        Assert.Equal(Money.Of(2.10m), payment.Allocation.ToFees);
        Assert.Equal(Money.Of(0.35m), payment.Allocation.ToInterest);
        Assert.Equal("paid", Assert.IsType<ClosedInvoice>(s.State).Status);
    }

    [Fact]
    public void GivenTheReminderCostsPaidMeanwhile_WhenAnEarlierFullPaymentIsMatched_ThenThoseCostsAreTakenBackTooAndTheClientKeepsAllThatWasPaidBeyond()
    {
        // 100 € paid on 10.8 with a wrong reference; the reminder of 29.8 (2.45 €); 50 € paid on 1.9
        // with the right reference pays the reminder's costs first; the 100 € is matched on 5.9. The
        // client paid 150 € for a 100 € invoice that was never overdue: 50 € is theirs.
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 1));
        s.Accept(Paid(D(2017, 9, 1), D(2017, 9, 1), 50m, "p1"));
        Assert.Equal(Money.Of(2.10m), s.Single<E.PaymentReceived>().Allocation.ToFees);

        s.Accept(Paid(D(2017, 9, 5), D(2017, 8, 10), 100m, "p2"));

        var withdrawn = s.Events.OfType<E.PaymentReceived>().Last().Withdrawn;
        Assert.Equal((Money.Zero, Money.Of(2.10m), Money.Of(0.35m), Money.Of(2.45m)), (withdrawn!.Fees, withdrawn.PaidFees, withdrawn.PaidInterest, withdrawn.ToPrincipal));
        var closed = Assert.IsType<ClosedInvoice>(s.State);
        Assert.Equal("paid", closed.Status);
        Assert.Equal(Money.Of(50m), closed.Ledger.Credit);
        Assert.Equal(Money.Zero, closed.Ledger.FeesPaid + closed.Ledger.InterestPaid);
    }

    [Fact]
    public void GivenAPartPaidBeforeTheReminder_WhenMatchedAfterIt_ThenNothingIsTakenBackAndCollectionGoesOn()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 5));

        s.Accept(Paid(D(2017, 9, 5), D(2017, 8, 10), 50m));

        Assert.Null(s.Single<E.PaymentReceived>().Withdrawn);
        Assert.Equal(Money.Of(52.45m), s.Open.Ledger.Total);
        s.LiveThrough(D(2017, 10, 1));
        Assert.Single(s.Notices, n => n.Kind == NoticeKind.CollectionLetter1);
    }

    [Fact]
    public void GivenAPaymentAfterTheReminder_WhenRecorded_ThenItPaysTheReminderCostsFirstAsBefore()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 5));

        s.Accept(Paid(D(2017, 9, 5), D(2017, 9, 4), 100m));

        var payment = s.Single<E.PaymentReceived>();
        Assert.Null(payment.Withdrawn);
        Assert.Equal(Money.Of(2.10m), payment.Allocation.ToFees);
        Assert.Equal(Money.Of(2.45m), s.Open.Ledger.Total);
    }
}
