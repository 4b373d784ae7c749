using Asiakasmaksu.Domain.Calendar;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>Issue 21, item 5: a deferral's authority counts from the original due date, so chained deferrals cannot add up past it.</summary>
public class DeferralChainTests
{
    private static readonly DateOnly InvoiceDate = D(2026, 3, 2); // due 2026-03-19

    private static C.Defer Defer(DateOnly on, DateOnly to, StaffRole role = StaffRole.Team) => new(on, to, By(role));

    [Fact]
    public void GivenTwoTeamDeferrals_WhenTheChainPassesThreeMonthsFromTheOriginalDueDate_ThenRefusedNamingIt()
    {
        var s = Issue(InvoiceDate);
        s.Accept(Defer(D(2026, 3, 5), D(2026, 5, 19)));
        s.Accept(Defer(D(2026, 3, 6), D(2026, 6, 18)));

        var refused = s.Refuse(Defer(D(2026, 3, 9), D(2026, 9, 18)));

        Assert.Equal(RefusalKind.NotAllowed, refused.Kind);
        Assert.Equal("a team member may defer by at most 3 months from the original due date 2026-03-19; 5 months 30 days were asked", refused.Reason);
        Assert.Equal(D(2026, 3, 19), s.Open.Memory.OriginalDueDate);
    }

    [Fact]
    public void GivenFourThreeMonthRequests_WhenChainedByATeamMember_ThenOnlyTheFirstIsApplied()
    {
        var s = Issue(InvoiceDate);
        var due = s.Open.Stage.DueDate!.Value;
        var applied = 0;
        for (var i = 0; i < 4; i++)
        {
            var next = FinnishBankCalendar.PreviousBankDayOrSame(due.AddMonths(3));
            if (s.Apply(Defer(D(2026, 3, 5).AddDays(i), next)) is Decision.Accepted)
            {
                (due, applied) = (next, applied + 1);
            }
        }

        Assert.Equal(1, applied);
        Assert.Equal(D(2026, 6, 18), s.Open.Stage.DueDate);
    }

    [Fact]
    public void GivenATeamDeferral_WhenASupervisorDefersFurther_ThenTwelveMonthsCountFromTheOriginalDueDate()
    {
        var s = Issue(InvoiceDate);
        s.Accept(Defer(D(2026, 3, 5), D(2026, 6, 18)));
        s.Accept(Defer(D(2026, 3, 6), D(2027, 3, 19), StaffRole.Supervisor));

        Assert.Contains("at most 12 months from the original due date 2026-03-19", s.Refuse(Defer(D(2026, 3, 9), D(2027, 3, 22), StaffRole.Supervisor)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAnUndoneTransfer_WhenDeferredAgain_ThenTheAuthorityCountsFromTheDayOfTheFirstDeferralAfterIt()
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(Defer(D(2017, 8, 1), D(2017, 11, 10)));
        s.LiveThrough(D(2017, 12, 20));
        s.Accept(new C.Cancel(D(2017, 12, 20), CancellationReason.ErroneousTransfer, By(StaffRole.Team, "sent to collection by mistake")));
        Assert.Null(s.Open.Memory.OriginalDueDate);

        s.Accept(Defer(D(2017, 12, 20), D(2018, 1, 31)));

        Assert.Equal(D(2017, 12, 20), s.Open.Memory.OriginalDueDate);
        Assert.Contains("from the original due date 2017-12-20", s.Refuse(Defer(D(2017, 12, 21), D(2018, 3, 21))).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAnAcceptedRectification_WhenBilledAnew_ThenTheOriginalDueDateIsForgotten()
    {
        var s = Issue(InvoiceDate);
        s.Accept(Defer(D(2026, 3, 5), D(2026, 6, 18)));
        s.Accept(new C.ReceiveRectificationClaim(D(2026, 3, 10), "claim-1", D(2026, 3, 9), By(StaffRole.Team)));
        s.Accept(new C.DecideRectificationClaim(D(2026, 3, 12), "claim-1", true, Money.Of(50m), By(StaffRole.Supervisor)));

        Assert.Null(s.Open.Memory.OriginalDueDate);
        Assert.Single(s.Accept(Defer(D(2026, 3, 13), FinnishBankCalendar.PreviousBankDayOrSame(s.Open.Stage.DueDate!.Value.AddMonths(3)))).Events);
    }
}
