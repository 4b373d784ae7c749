using Asiakasmaksu.Domain.FreeText;
using Asiakasmaksu.Domain.Staff;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Invoices;

public static partial class InvoiceDecider
{
    /// <summary>Estate write-off: every open invoice of a deceased client whose estate has no assets (seed 002).</summary>
    private static Decision DecideWriteOff(IssuedInvoice invoice, InvoiceCommand.WriteOffForEstate c)
    {
        if (!MayChangeInvoices(c.Stamp.Actor))
        {
            return Refuse(RefusalKind.NotAllowed, $"{DeferralAuthority.Who(c.Stamp.Actor.Role)} may not record estate write-offs");
        }

        if (invoice is ClosedInvoice { Closure: Closure.WrittenOff })
        {
            return Decision.Unchanged;
        }

        if (invoice is not OpenInvoice open)
        {
            return Closed(invoice);
        }

        return c.InventoryDate > c.On
            ? Refuse(RefusalKind.Invalid, $"the estate inventory date {Iso(c.InventoryDate)} is in the future")
            : Accept(new E.WrittenOff(c.On, c.InventoryDate, open.Ledger.Total, c.Stamp));
    }

    /// <summary>Waiver: a division director gives up collecting a valid invoice (seed 000).</summary>
    private static Decision DecideWaiver(IssuedInvoice invoice, InvoiceCommand.Waive c)
    {
        if (c.Stamp.Actor.Role != StaffRole.Director)
        {
            return Refuse(RefusalKind.NotAllowed, $"only a director may waive collection; {DeferralAuthority.Who(c.Stamp.Actor.Role)} asked");
        }

        if (invoice is ClosedInvoice { Closure: Closure.Waived })
        {
            return Decision.Unchanged;
        }

        return invoice is OpenInvoice open ? Accept(new E.Waived(c.On, open.Ledger.Total, c.Stamp)) : Closed(invoice);
    }

    /// <summary>
    /// Cancellation. An erroneous invoice closes as cancelled and what was paid becomes credit: the
    /// claim ends as with a waiver, so only a supervisor or director may make it. An erroneous
    /// transfer (seed 000: the client pays no collection costs) removes the fees and interest charged,
    /// lets what was paid of them pay the principal (the rest is credit; the invoice is paid when that
    /// covers it), and otherwise leaves the invoice waiting until a deferral sets its due date anew;
    /// any staff member may make it (the claim stays). Either needs a note saying
    /// why, one that is more than spaces or invisible characters: the audit's record of it.
    /// </summary>
    private static Decision DecideCancellation(IssuedInvoice invoice, InvoiceCommand.Cancel c)
    {
        var actor = c.Stamp.Actor;
        if (!MayChangeInvoices(actor))
        {
            return Refuse(RefusalKind.NotAllowed, $"{DeferralAuthority.Who(actor.Role)} may not cancel invoices");
        }

        if (c.Reason == CancellationReason.ErroneousInvoice && !actor.IsSupervisorOrAbove)
        {
            return Refuse(RefusalKind.NotAllowed, $"only a supervisor or director may cancel an invoice as erroneous (it ends the claim); {DeferralAuthority.Who(actor.Role)} asked");
        }

        if (!VisibleText.Any(c.Stamp.Reason))
        {
            return Refuse(RefusalKind.Invalid, "a cancellation needs a note saying why (not only spaces or invisible characters)");
        }

        if (c.Reason == CancellationReason.ErroneousInvoice)
        {
            if (invoice is ClosedInvoice { Closure: Closure.Cancelled })
            {
                return Decision.Unchanged;
            }

            if (invoice is not OpenInvoice open)
            {
                return Closed(invoice);
            }

            var l = open.Ledger;
            var refund = open.Facts.Amount - l.Principal + l.FeesPaid + l.InterestPaid;
            return Accept(new E.Cancelled(c.On, refund, c.Stamp));
        }

        if (invoice is ClosedInvoice { Closure: Closure.Paid, Stage: Stage.AwaitingNewDueDate })
        {
            return Decision.Unchanged; // the same cancellation again: what was paid of the costs had paid the invoice
        }

        if (invoice is not OpenInvoice o)
        {
            return Closed(invoice);
        }

        if (o.Stage is Stage.AwaitingNewDueDate)
        {
            return Decision.Unchanged;
        }

        if (!o.Stage.InCollection)
        {
            return Refuse(RefusalKind.WrongState, "the invoice has not been transferred to collection");
        }

        if (o.PendingClaim is { } claim)
        {
            return Refuse(RefusalKind.WrongState, $"a rectification claim ({claim.ClaimId}) is pending; decide it first");
        }

        // What the client paid of the costs pays the principal: when it covers it, the invoice is paid.
        var ledger = o.Ledger;
        var removed = new E.CollectionCostsRemoved(c.On, ledger.Fees + ledger.FeesPaid, ledger.InterestCharged, ledger.FeesPaid + ledger.InterestPaid, c.Stamp) { ToPrincipal = ledger.CostsPaidToPrincipal };
        return Evolve(o, removed) is OpenInvoice { Ledger.IsSettled: true } ? Accept(removed, new E.Settled(c.On)) : Accept(removed);
    }
}
