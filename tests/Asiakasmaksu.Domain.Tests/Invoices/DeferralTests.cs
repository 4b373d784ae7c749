using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

public class DeferralTests
{
    private static C.Defer Defer(DateOnly on, DateOnly to, StaffRole role = StaffRole.Team) => new(on, to, By(role));

    [Fact]
    public void GivenInvoiced_WhenTeamDefersOneMonth_ThenLaterStepsFollowTheNewDate()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Defer(D(2017, 8, 1), D(2017, 9, 11)));
        Assert.Equal(D(2017, 9, 11), s.Open.Stage.DueDate);
        s.LiveThrough(D(2017, 10, 31));

        // 11.9 + 17 = 28.9 (Thu) → Tuesday 3.10.2017; interest from 12.9 only: 22 days.
        var reminder = s.Single<E.ReminderSent>();
        Assert.Equal(D(2017, 10, 3), reminder.On);
        Assert.Equal(100m * 0.07m * 22m / 365m, reminder.InterestAccrued);
        Assert.Contains(s.Notices, n => n.Kind == Notices.NoticeKind.DeferralConfirmation && n.DueDate == D(2017, 9, 11));
    }

    [Fact]
    public void Team_MayNotDeferMoreThanThreeMonths_AndIsToldByHowMuch()
    {
        var refused = Issue(D(2017, 7, 25)).Refuse(Defer(D(2017, 8, 1), D(2017, 12, 15)));
        Assert.Equal(RefusalKind.NotAllowed, refused.Kind);
        Assert.Equal("a team member may defer by at most 3 months; 4 months 4 days were asked", refused.Reason);
    }

    [Fact]
    public void Team_MayDeferExactlyThreeMonths() =>
        Assert.Single(Issue(D(2017, 7, 25)).Accept(Defer(D(2017, 8, 1), D(2017, 11, 10))).Events);

    [Fact]
    public void Supervisor_MayDeferTwelveMonths_NotMore()
    {
        Assert.Single(Issue(D(2017, 7, 25)).Accept(Defer(D(2017, 8, 1), D(2018, 8, 10), StaffRole.Supervisor)).Events);
        Assert.Contains("at most 12 months", Issue(D(2017, 7, 25)).Refuse(Defer(D(2017, 8, 1), D(2018, 8, 13), StaffRole.Supervisor)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NewDueDate_MustBeABankDay()
    {
        var refused = Issue(D(2017, 7, 25)).Refuse(Defer(D(2017, 8, 1), D(2017, 8, 26)));
        Assert.Equal("2017-08-26 is not a bank day; the next bank day is 2017-08-28", refused.Reason);
    }

    [Fact]
    public void NewDueDate_MustBeLaterThanTheCurrent() =>
        Assert.Contains("not later than the current due date", Issue(D(2017, 7, 25)).Refuse(Defer(D(2017, 8, 1), D(2017, 8, 10))).Reason, StringComparison.Ordinal);

    [Fact]
    public void SameDueDateAgain_ChangesNothing()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Defer(D(2017, 8, 1), D(2017, 9, 11)));
        Assert.Empty(s.Accept(Defer(D(2017, 8, 2), D(2017, 9, 11))).Events);
    }

    [Fact]
    public void GivenOverdue_WhenDeferred_ThenBackToInvoiced()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 8, 20));
        Assert.Equal("overdue", s.Open.Stage.Name);
        s.Accept(Defer(D(2017, 8, 20), D(2017, 9, 11)));
        Assert.Equal("invoiced", s.Open.Stage.Name);
    }

    [Fact]
    public void GivenReminded_TeamMayNotDefer_SupervisorMayOnce()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 1));
        Assert.Equal(RefusalKind.NotAllowed, s.Refuse(Defer(D(2017, 9, 1), D(2017, 10, 2))).Kind);
        s.Accept(Defer(D(2017, 9, 1), D(2017, 10, 2), StaffRole.Supervisor));
        var stage = Assert.IsType<Stage.Reminded>(s.Open.Stage);
        Assert.Equal(D(2017, 10, 2), stage.Due);
        Assert.Contains("already been deferred once", s.Refuse(Defer(D(2017, 9, 2), D(2017, 10, 9), StaffRole.Supervisor)).Reason, StringComparison.Ordinal);

        // The first letter follows from the new due date: the bank day after 2.10.2017.
        s.LiveThrough(D(2017, 10, 5));
        Assert.Equal(D(2017, 10, 3), s.Single<E.CollectionLetter1Sent>().On);
    }

    [Fact]
    public void InEnforcement_DeferralIsRefused()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 10, 20));
        Assert.Equal(RefusalKind.WrongState, s.Refuse(Defer(D(2017, 10, 20), D(2017, 11, 20), StaffRole.Supervisor)).Kind);
    }

    [Theory]
    [InlineData(StaffRole.Auditor)]
    [InlineData(StaffRole.System)]
    public void RolesWithoutAuthority_AreRefused(StaffRole role) =>
        Assert.Equal(RefusalKind.NotAllowed, Issue(D(2017, 7, 25)).Refuse(Defer(D(2017, 8, 1), D(2017, 9, 11), role)).Kind);

    [Fact]
    public void DueDateInAYearWithoutTariff_IsRefusedNamingTheYear() =>
        Assert.Contains("2028", Issue(D(2027, 6, 1)).Refuse(Defer(D(2027, 6, 2), D(2028, 1, 3), StaffRole.Supervisor)).Reason, StringComparison.Ordinal);
}
