using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Invoices;

public static partial class InvoiceDecider
{
    /// <summary>
    /// A written rectification claim (oikaisuvaatimus, Act 734/1992 15 §) pauses every collection
    /// step until it is decided. It is recorded even when late; <c>WithinTimeLimit</c> tells whether
    /// it came within 30 days of the presumed notification (the 7th day after the invoice date).
    /// Recording a claim decides nothing, so any staff member but the auditor, or the system (a claim
    /// received by post and registered by the mail service), may record it.
    /// </summary>
    private static Decision DecideClaim(IssuedInvoice invoice, InvoiceCommand.ReceiveRectificationClaim c, InvoiceRules rules)
    {
        if (!c.Stamp.Actor.MayChange)
        {
            return Refuse(RefusalKind.NotAllowed, $"{DeferralAuthority.Who(c.Stamp.Actor.Role)} may not record rectification claims");
        }

        if (invoice.Memory.DecidedClaims.ContainsKey(c.ClaimId) || (invoice as OpenInvoice)?.PendingClaim?.ClaimId == c.ClaimId)
        {
            return Decision.Unchanged;
        }

        if (invoice is not OpenInvoice open)
        {
            return Closed(invoice);
        }

        if (open.PendingClaim is { } pending)
        {
            return Refuse(RefusalKind.WrongState, $"another rectification claim ({pending.ClaimId}) is pending");
        }

        if (c.ReceivedOn > c.On)
        {
            return Refuse(RefusalKind.Invalid, $"the claim's received date {Iso(c.ReceivedOn)} is in the future");
        }

        if (c.ReceivedOn < open.Facts.InvoiceDate)
        {
            return Refuse(RefusalKind.Invalid, $"the claim's received date {Iso(c.ReceivedOn)} is before the invoice date {Iso(open.Facts.InvoiceDate)}");
        }

        var deadline = open.Facts.InvoiceDate.AddDays(rules.PresumedNotificationDays + rules.RectificationPeriodDays);
        return Accept(new E.RectificationClaimReceived(c.On, c.ClaimId, c.ReceivedOn, c.ReceivedOn <= deadline, c.Stamp));
    }

    /// <summary>
    /// The decision on a claim, by a supervisor or director (assumption: a formal decision). Rejected:
    /// collection resumes and the pending due date moves by the days it was paused. Accepted with a
    /// new amount: the amount may only go down (a claim never worsens the client's position), the
    /// collection costs go, and the invoice is billed anew from the decision day. Accepted without
    /// one: the invoice is cancelled.
    /// </summary>
    private static Decision DecideClaimDecision(IssuedInvoice invoice, InvoiceCommand.DecideRectificationClaim c, InvoiceRules rules)
    {
        if (!c.Stamp.Actor.IsSupervisorOrAbove)
        {
            return Refuse(RefusalKind.NotAllowed, $"a rectification claim is decided by a supervisor or director; {DeferralAuthority.Who(c.Stamp.Actor.Role)} asked");
        }

        if (invoice.Memory.DecidedClaims.TryGetValue(c.ClaimId, out var accepted))
        {
            return accepted == c.Accepted
                ? Decision.Unchanged
                : Refuse(RefusalKind.WrongState, $"the claim {c.ClaimId} was already {(accepted ? "accepted" : "rejected")}");
        }

        if (invoice is not OpenInvoice { PendingClaim: { } claim } open || claim.ClaimId != c.ClaimId)
        {
            return Refuse(RefusalKind.NotFound, $"no rectification claim {c.ClaimId} is pending on this invoice");
        }

        if (!c.Accepted)
        {
            return c.NewAmount is null
                ? Accept(new E.RectificationClaimRejected(c.On, c.ClaimId, Math.Max(0, c.On.DayNumber - claim.ReceivedOn.DayNumber), c.Stamp))
                : Refuse(RefusalKind.Invalid, "a rejected claim cannot carry a new amount");
        }

        if (c.NewAmount is not { } newAmount)
        {
            return Accept(new E.RectificationClaimAccepted(c.On, c.ClaimId, null, null, c.Stamp));
        }

        if (!newAmount.IsPositive || newAmount >= open.Facts.Amount)
        {
            return Refuse(RefusalKind.Invalid, $"the new amount {newAmount} € must be above zero and below the current amount {open.Facts.Amount} €; to cancel, accept without an amount");
        }

        if (!rules.Tariffs.Has(c.On.Year))
        {
            return Refuse(RefusalKind.Invalid, $"no tariff is configured for {c.On.Year}");
        }

        var newDue = CollectionSchedule.DueDateFor(c.On, rules.Tariffs);
        var owed = newAmount - (open.Facts.Amount - open.Ledger.Principal);
        var costsToPrincipal = Money.Min(open.Ledger.FeesPaid + open.Ledger.InterestPaid, Money.Max(Money.Zero, owed));
        var acceptedEvent = new E.RectificationClaimAccepted(c.On, c.ClaimId, newAmount, newDue, c.Stamp) { CostsToPrincipal = costsToPrincipal };
        var after = (IssuedInvoice)Evolve(open, acceptedEvent);
        return after is OpenInvoice { Ledger.IsSettled: true } ? Accept(acceptedEvent, new E.Settled(c.On)) : Accept(acceptedEvent);
    }
}
