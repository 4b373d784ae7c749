using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>Issue 21, item 8: cancelling an invoice as erroneous ends the claim like a waiver; who may, and what record it needs.</summary>
public class CancellationAuthorityTests
{
    [Fact]
    public void GivenATeamMember_WhenCancellingAsErroneousInvoice_ThenRefused()
    {
        var refused = Issue(D(2017, 7, 25)).Refuse(new C.Cancel(D(2017, 8, 1), CancellationReason.ErroneousInvoice, By(StaffRole.Team, "wrong client")));

        Assert.Equal(RefusalKind.NotAllowed, refused.Kind);
        Assert.Equal("only a supervisor or director may cancel an invoice as erroneous (it ends the claim); a team member asked", refused.Reason);
    }

    [Theory]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.Director)]
    public void GivenASupervisorOrDirector_WhenCancellingAsErroneousInvoiceWithANote_ThenCancelled(StaffRole role)
    {
        var s = Issue(D(2017, 7, 25));
        s.Accept(new C.Cancel(D(2017, 8, 1), CancellationReason.ErroneousInvoice, By(role, "billed to the wrong client")));
        Assert.Equal("cancelled", s.Issued.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u202e\u200b")]
    [InlineData("\u200b\u200c\u200d\u2060\ufeff")]
    [InlineData("\u00ad\n\t")]
    public void GivenANoteThatSaysNothing_WhenCancelling_ThenRefused(string note)
    {
        var invoice = Issue(D(2017, 7, 25)).Refuse(new C.Cancel(D(2017, 8, 1), CancellationReason.ErroneousInvoice, By(StaffRole.Supervisor, note)));
        Assert.Equal(RefusalKind.Invalid, invoice.Kind);

        var transfer = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 1)).Refuse(new C.Cancel(D(2017, 9, 1), CancellationReason.ErroneousTransfer, By(StaffRole.Team, note)));
        Assert.Equal("a cancellation needs a note saying why (not only spaces or invisible characters)", transfer.Reason);
    }

    [Fact]
    public void GivenATeamMember_WhenUndoingAnErroneousTransferWithANote_ThenTheCostsAreRemoved()
    {
        var s = Issue(D(2017, 7, 25)).LiveThrough(D(2017, 9, 1));
        s.Accept(new C.Cancel(D(2017, 9, 1), CancellationReason.ErroneousTransfer, By(StaffRole.Team, "transferred by mistake")));
        Assert.IsType<Stage.AwaitingNewDueDate>(s.Open.Stage);
    }
}
