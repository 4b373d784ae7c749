using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>Issue 21, item 6: a payment plan stops interest like a deferral, so a team member's plan is held to the deferral limit.</summary>
public class PlanAuthorityTests
{
    private static readonly DateOnly InvoiceDate = D(2026, 3, 2); // due 2026-03-19, 100 €

    private static C.AgreePaymentPlan Plan(StaffRole role, DateOnly on, params (DateOnly Due, decimal Amount)[] parts) =>
        new(on, [.. parts.Select(p => new Installment(p.Due, Money.Of(p.Amount)))], By(role));

    [Fact]
    public void GivenATeamMember_WhenOneInstallmentForTheWholeBalanceElevenMonthsOut_ThenRefusedAsADeferralInDisguise()
    {
        var refused = Issue(InvoiceDate).Refuse(Plan(StaffRole.Team, D(2026, 3, 5), (D(2027, 2, 19), 100m)));

        Assert.Equal(RefusalKind.NotAllowed, refused.Kind);
        Assert.Equal("a team member may agree a plan of at least two installments, the last by 2026-06-19 (3 months from 2026-03-19); this plan has a single installment: a supervisor or director may agree it", refused.Reason);
    }

    [Fact]
    public void GivenATeamMember_WhenTwoInstallmentsTheLastBeyondThreeMonths_ThenRefused() =>
        Assert.Contains(
            "this plan's last installment is on 2026-07-20",
            Issue(InvoiceDate).Refuse(Plan(StaffRole.Team, D(2026, 3, 5), (D(2026, 4, 20), 50m), (D(2026, 7, 20), 50m))).Reason,
            StringComparison.Ordinal);

    [Fact]
    public void GivenATeamMember_WhenTwoInstallmentsWithinThreeMonthsOfTheDueDate_ThenAgreed() =>
        Assert.Single(Issue(InvoiceDate).Accept(Plan(StaffRole.Team, D(2026, 3, 5), (D(2026, 4, 20), 50m), (D(2026, 6, 18), 50m))).Events);

    [Fact]
    public void GivenAChainOfDeferrals_WhenATeamMemberAddsAPlan_ThenItsLimitStillCountsFromTheOriginalDueDate()
    {
        var s = Issue(InvoiceDate);
        s.Accept(new C.Defer(D(2026, 3, 5), D(2026, 6, 18), By(StaffRole.Team)));

        Assert.Contains("3 months from 2026-03-19", s.Refuse(Plan(StaffRole.Team, D(2026, 3, 6), (D(2026, 6, 18), 50m), (D(2026, 9, 18), 50m))).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.Director)]
    public void GivenASupervisorOrDirector_WhenOneInstallmentElevenMonthsOut_ThenAgreed(StaffRole role) =>
        Assert.Single(Issue(InvoiceDate).Accept(Plan(role, D(2026, 3, 5), (D(2027, 2, 19), 100m))).Events);
}
