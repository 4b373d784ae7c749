using Asiakasmaksu.Domain.Invoices;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>Issue 21, item 11: an invoice sent after its invoice date gets its payment term from the day it is sent.</summary>
public class LateIssueTests
{
    [Fact]
    public void GivenAnInvoiceDatedTwoMonthsAgo_WhenIssuedToday_ThenDueFourteenDaysAndThreeBankDaysFromToday()
    {
        var issued = Assert.IsType<E.Issued>(Assert.Single(Assert.IsType<Decision.Accepted>(InvoiceDecider.Decide(InvoiceState.None, new C.Issue(D(2026, 3, 2), Draft(D(2026, 1, 2))), Rules)).Events));

        Assert.Equal(D(2026, 3, 19), issued.DueDate); // 2.3 + 14 = 16.3 (Mon) + 3 bank days
        Assert.Equal(D(2026, 1, 2), issued.Facts.InvoiceDate);
    }

    [Fact]
    public void GivenALateInvoice_WhenTimePasses_ThenNoInterestOrReminderBeforeTheNewDueDate()
    {
        var s = Issue(D(2026, 1, 2));
        var late = InvoiceDecider.Evolve(InvoiceState.None, Assert.Single(((Decision.Accepted)InvoiceDecider.Decide(InvoiceState.None, new C.Issue(D(2026, 3, 2), Draft(D(2026, 1, 2))), Rules)).Events));

        Assert.Equal(D(2026, 1, 21), s.Open.Stage.DueDate);
        Assert.Equal(D(2026, 3, 19), ((OpenInvoice)late).Stage.DueDate);
        Assert.Equal(Money.Zero, InvoiceDecider.LedgerOn((OpenInvoice)late, D(2026, 3, 19), Rules).Interest);
        Assert.Equal(D(2026, 3, 20), CollectionSchedule.NextWakeUp(late, D(2026, 3, 2), Rules)); // overdue only the day after the new due date
    }

    [Fact]
    public void GivenAnInvoiceDatedAhead_WhenIssuedBeforeItsDate_ThenDueFromTheInvoiceDate()
    {
        var events = ((Decision.Accepted)InvoiceDecider.Decide(InvoiceState.None, new C.Issue(D(2026, 2, 20), Draft(D(2026, 3, 2))), Rules)).Events;
        Assert.Equal(D(2026, 3, 19), Assert.IsType<E.Issued>(Assert.Single(events)).DueDate);
    }
}
