using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>Seed 000's worked example: June run 25.7.2017, due 11.8.2017, reminder 29.8.2017 (2.10 € + 7 %).</summary>
public class SeedWorkedExampleTests
{
    [Fact]
    public void GivenJuneRun_WhenIssued_ThenDue11Aug2017()
    {
        var s = Issue(D(2017, 7, 25));
        Assert.Equal(D(2017, 8, 11), s.Single<E.Issued>().DueDate);
        var notice = Assert.Single(s.Notices);
        Assert.Equal(NoticeKind.Invoice, notice.Kind);
        Assert.Equal(D(2017, 8, 11), notice.DueDate);
        Assert.Equal(Money.Of(100m), notice.Amounts.Total);
    }

    [Fact]
    public void GivenUnpaid_WhenTimePasses_ThenOverdueOn12AugAndReminderOnTuesday29Aug()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 8, 31));

        Assert.Equal(D(2017, 8, 12), s.Single<E.BecameOverdue>().On);
        var reminder = s.Single<E.ReminderSent>();
        Assert.Equal(D(2017, 8, 29), reminder.On);
        Assert.Equal(DayOfWeek.Tuesday, reminder.On.DayOfWeek);
        Assert.Equal(Money.Of(2.10m), reminder.Fee);
        Assert.Equal(D(2017, 9, 12), reminder.DueDate);

        // 7 % on 100 € for 12.8.–29.8.2017 (18 days), actual/365: 0.3452… → 0.35 €.
        Assert.Equal(100m * 0.07m * 18m / 365m, reminder.InterestAccrued);
        var notice = s.Notices.Single(n => n.Kind == NoticeKind.Reminder);
        Assert.Equal(new NoticeAmounts(Money.Of(100m), Money.Of(2.10m), Money.Of(0.35m), Money.Of(102.45m)), notice.Amounts);
        Assert.Equal(D(2017, 9, 12), notice.DueDate);
    }

    [Fact]
    public void GivenNeverPaid_ThenTwoLettersThenEnforcement_EachStepFourteenDaysApart()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 12, 31));

        var l1 = s.Single<E.CollectionLetter1Sent>();
        var l2 = s.Single<E.CollectionLetter2Sent>();
        var enforcement = s.Single<E.TransferredToEnforcement>();
        Assert.Equal(D(2017, 9, 13), l1.On);
        Assert.Equal(D(2017, 9, 27), l1.DueDate);
        Assert.Equal(Money.Of(14m), l1.Fee);
        Assert.Equal(D(2017, 9, 28), l2.On);
        Assert.Equal(D(2017, 10, 12), l2.DueDate);
        Assert.Equal(Money.Of(7m), l2.Fee);
        Assert.Equal(D(2017, 10, 13), enforcement.On);

        Assert.Equal("enforcement", s.Open.Stage.Name);
        Assert.Null(CollectionSchedule.NextWakeUp(s.State, D(2018, 1, 1), Rules));

        // Interest to the enforcement day: 12.8.–13.10.2017 = 63 days.
        Assert.Equal(Money.RoundToCents(100m * 0.07m * 63m / 365m), s.Open.Ledger.Interest);
        Assert.Equal(Money.Of(2.10m + 14m + 7m), s.Open.Ledger.Fees);

        NoticeKind[] kinds = [NoticeKind.Invoice, NoticeKind.Reminder, NoticeKind.CollectionLetter1, NoticeKind.CollectionLetter2, NoticeKind.Enforcement];
        Assert.Equal(kinds, s.Notices.Select(n => n.Kind));
    }

    [Fact]
    public void WakingOnlyWhenScheduled_GivesTheSameHistoryAsLivingEveryDay()
    {
        var daily = Issue(D(2017, 7, 25)).LiveThrough(D(2018, 1, 31));
        var woken = Issue(D(2017, 7, 25)).WakeThrough(D(2018, 1, 31));
        Assert.Equal(daily.Events, woken.Events);
        Assert.Equal(daily.State, woken.State);
    }

    [Fact]
    public void LateWakeUp_TransferWaitsForTheNextTuesday()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(new InvoiceCommand.Advance(D(2017, 8, 30))); // a Wednesday, after the 29.8 transfer day
        Assert.Single(s.Events.OfType<E.BecameOverdue>());
        Assert.Empty(s.Events.OfType<E.ReminderSent>());
        Assert.Equal(D(2017, 9, 5), CollectionSchedule.NextWakeUp(s.State, D(2017, 8, 31), Rules));
    }

    [Fact]
    public void TransferTuesdayThatIsAHoliday_MovesToTheNextTuesday()
    {
        // Invoice 2.12.2024 is due 16.12 + 3 bank days = 19.12.2024; +17 days = 5.1.2025;
        // the first Tuesday on or after is 7.1.2025 (a bank day).
        var s = Issue(D(2024, 12, 2)).LiveThrough(D(2025, 1, 31));
        Assert.Equal(D(2024, 12, 19), s.Single<E.Issued>().DueDate);
        Assert.Equal(D(2025, 1, 7), s.Single<E.ReminderSent>().On);

        // Due 9.12.2025 + 17 = 26.12.2025 → Tuesday 30.12.2025 (bank day).
        var t = Issue(D(2025, 11, 21)).LiveThrough(D(2026, 1, 15));
        Assert.Equal(D(2025, 12, 10), t.Single<E.Issued>().DueDate);
        Assert.Equal(D(2025, 12, 30), t.Single<E.ReminderSent>().On);
    }
}
