using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

public class PaymentPlanTests
{
    private static C.AgreePaymentPlan Plan(DateOnly on, params (DateOnly Due, decimal Amount)[] parts) => Plan(StaffRole.Team, on, parts);

    private static C.AgreePaymentPlan Plan(StaffRole role, DateOnly on, params (DateOnly Due, decimal Amount)[] parts) =>
        new(on, [.. parts.Select(p => new Installment(p.Due, Money.Of(p.Amount)))], By(role));

    [Fact]
    public void GivenInvoiced_WhenTwoPartPlanKept_ThenPaidWithoutReminders()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Plan(D(2017, 8, 1), (D(2017, 8, 31), 50m), (D(2017, 9, 29), 50m)));
        s.Accept(new C.RecordPayment(D(2017, 8, 31), "a", D(2017, 8, 31), Money.Of(50m), By(StaffRole.System)));
        s.LiveThrough(D(2017, 9, 28));
        s.Accept(new C.RecordPayment(D(2017, 9, 29), "b", D(2017, 9, 29), Money.Of(50m), By(StaffRole.System)));
        Assert.Equal("paid", Assert.IsType<ClosedInvoice>(s.State).Status);
        Assert.DoesNotContain(s.Events, e => e is E.ReminderSent or E.InstallmentMissed);
        Assert.Contains(s.Notices, n => n.Kind == Notices.NoticeKind.PaymentPlanConfirmation && n.Details.Installments.Count == 2);
    }

    [Fact]
    public void GivenPlanFromInvoiced_WhenSecondInstallmentMissed_ThenCollectionResumesCountedFromItsDate()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Plan(D(2017, 8, 1), (D(2017, 8, 31), 50m), (D(2017, 9, 29), 50m)));
        s.Accept(new C.RecordPayment(D(2017, 8, 31), "a", D(2017, 8, 31), Money.Of(50m), By(StaffRole.System)));
        s.LiveThrough(D(2017, 11, 1));

        // Missed after 2 grace bank days: 29.9 (Fri) → 3.10 (Tue). Overdue from 29.9: transfer on
        // the first Tuesday on or after 16.10 → 17.10.2017; interest on 50 € from 30.9 (18 days).
        var missed = s.Single<E.InstallmentMissed>();
        Assert.Equal(D(2017, 10, 3), missed.On);
        Assert.Equal(D(2017, 9, 29), missed.InstallmentDueDate);
        Assert.Equal(Money.Of(50m), missed.Shortfall);
        var reminder = s.Single<E.ReminderSent>();
        Assert.Equal(D(2017, 10, 17), reminder.On);
        Assert.Equal(50m * 0.07m * 18m / 365m, reminder.InterestAccrued);
    }

    [Fact]
    public void GivenPlanInCollection_WhenMissed_ThenTheNextLetterFollowsAtOnce()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 1));
        var balance = s.Open.Ledger.Total.Euros; // 102.45 with interest to 29.8; a plan on 1.9 charges interest to that day: 21 days, 0.40 €
        var plan = Plan(D(2017, 9, 1), (D(2017, 9, 15), 50m), (D(2017, 10, 16), 40m));
        var total = Assert.IsType<Decision.Refused>(InvoiceDecider.Decide(s.State, plan, Rules));
        Assert.Contains("balance with interest to 2017-09-01 is 102.50 €", total.Reason, StringComparison.Ordinal);
        Assert.Equal(102.45m, balance);

        s.Accept(Plan(D(2017, 9, 1), (D(2017, 9, 15), 50m), (D(2017, 10, 16), 52.50m)));
        s.LiveThrough(D(2017, 9, 30));
        Assert.Equal(D(2017, 9, 19), s.Single<E.InstallmentMissed>().On);
        Assert.Equal(D(2017, 9, 19), s.Single<E.CollectionLetter1Sent>().On);
    }

    [Fact]
    public void GivenPlanRightAfterTheReminder_WhenMissedAtOnce_ThenTheLetterStillWaits14DaysFromTheReminder()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 8, 30)); // reminder 29.8, due 12.9
        var total = InvoiceDecider.LedgerOn(s.Open, D(2017, 8, 30), Rules).Total.Euros;
        s.Accept(Plan(StaffRole.Supervisor, D(2017, 8, 30), (D(2017, 8, 31), total)));
        s.LiveThrough(D(2017, 9, 30));
        Assert.Equal(D(2017, 9, 4), s.Single<E.InstallmentMissed>().On);
        Assert.Equal(D(2017, 9, 13), s.Single<E.CollectionLetter1Sent>().On); // 513/1999 5 §: 14 days after the reminder
    }

    [Fact]
    public void InstallmentsMustSumToTheBalance() =>
        Assert.Contains("sum to 90.00 € but the balance", Issue(D(2017, 7, 25)).Refuse(Plan(D(2017, 8, 1), (D(2017, 8, 31), 45m), (D(2017, 9, 29), 45m))).Reason, StringComparison.Ordinal);

    [Fact]
    public void InstallmentsMustBeOnBankDaysInOrder()
    {
        Assert.Contains("installment 2: 2017-09-30 is not a bank day", Issue(D(2017, 7, 25)).Refuse(Plan(D(2017, 8, 1), (D(2017, 8, 31), 50m), (D(2017, 9, 30), 50m))).Reason, StringComparison.Ordinal);
        Assert.Contains("installment 2: its due date", Issue(D(2017, 7, 25)).Refuse(Plan(D(2017, 8, 1), (D(2017, 8, 31), 50m), (D(2017, 8, 31), 50m))).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanBeyondTwelveMonths_IsRefused() =>
        Assert.Contains("more than 12 months", Issue(D(2017, 7, 25)).Refuse(Plan(D(2017, 8, 1), (D(2018, 8, 2), 100m))).Reason, StringComparison.Ordinal);

    [Fact]
    public void SamePlanAgain_ChangesNothing()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Plan(D(2017, 8, 1), (D(2017, 8, 31), 50m), (D(2017, 9, 29), 50m)));
        Assert.Empty(s.Accept(Plan(D(2017, 8, 2), (D(2017, 8, 31), 50m), (D(2017, 9, 29), 50m))).Events);
    }

    [Fact]
    public void DeferralDuringAPlan_IsRefused()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Plan(StaffRole.Supervisor, D(2017, 8, 1), (D(2017, 8, 31), 100m)));
        Assert.Contains("payment plan", s.Refuse(new C.Defer(D(2017, 8, 2), D(2017, 9, 11), By(StaffRole.Team))).Reason, StringComparison.Ordinal);
    }
}
