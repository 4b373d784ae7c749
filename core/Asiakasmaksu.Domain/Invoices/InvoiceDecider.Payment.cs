using Asiakasmaksu.Domain.Calendar;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Invoices;

public static partial class InvoiceDecider
{
    /// <summary>
    /// A payment: interest is first accrued to the payment day on the principal then unpaid, then the
    /// money covers what is charged in the configured order (fees → interest → principal by
    /// default); anything beyond is kept as credit. When nothing charged is left, the invoice is paid.
    /// A payment dated before the invoice date, or after today, is refused.
    /// </summary>
    private static Decision DecidePayment(IssuedInvoice invoice, InvoiceCommand.RecordPayment c, InvoiceRules rules)
    {
        if (!c.Stamp.Actor.MayChange)
        {
            return Refuse(RefusalKind.NotAllowed, "an auditor may not record payments");
        }

        if (invoice.Memory.PaymentIds.Contains(c.PaymentId))
        {
            return Decision.Unchanged;
        }

        if (invoice is not OpenInvoice open)
        {
            return Closed(invoice);
        }

        if (!c.Amount.IsPositive)
        {
            return Refuse(RefusalKind.Invalid, $"the amount {c.Amount} € must be above zero");
        }

        if (c.PaidOn > c.On)
        {
            return Refuse(RefusalKind.Invalid, $"the payment date {Iso(c.PaidOn)} is after today {Iso(c.On)}");
        }

        if (c.PaidOn < open.Facts.InvoiceDate)
        {
            return Refuse(RefusalKind.Invalid, $"the payment date {Iso(c.PaidOn)} is before the invoice date {Iso(open.Facts.InvoiceDate)}: no payment can be for an invoice that did not exist yet");
        }

        var withdrawn = WithdrawnBy(open, c);
        var ledger = withdrawn is null ? open.Ledger : open.Ledger.WithoutCosts(withdrawn);
        var through = DateAdjusters.Latest(c.PaidOn, ledger.InterestThrough);
        if (InterestUnpriced(ledger, through, rules) is { } unpriced)
        {
            return unpriced;
        }

        var accrued = AccruedThrough(ledger, through, rules.Tariffs);
        var allocation = Allocate(c.Amount, ledger, rules.AllocationOrder);
        var payment = new E.PaymentReceived(c.On, c.PaymentId, c.PaidOn, c.Amount, allocation, accrued, through, c.Stamp) { Withdrawn = withdrawn };
        var after = ((OpenInvoice)Evolve(open, payment)).Ledger;
        return after.IsSettled ? Accept(payment, new E.Settled(c.On)) : Accept(payment);
    }

    /// <summary>
    /// A payment is applied as of its payment day. When steps charged costs on or after that day (the
    /// money reached the account first but was matched later: a wrong reference allocated by staff, a
    /// bank file read after the day's steps) and the payment covers everything owed without those
    /// costs, the steps were taken on a debt already paid: their costs are taken back (what a payment
    /// recorded meanwhile had paid of them pays the principal, or becomes credit), and the payment
    /// settles the invoice. The costs a later payment paid are taken to be the earliest ones (costs
    /// are paid in the order charged). Assumption, written down: a payment made on the day of a step
    /// counts as made before it (the step is taken at 18:00 from what the bank had reported by then);
    /// a payment that does not cover what was owed is applied as it comes, since the steps after it
    /// were taken on what was still owed.
    /// </summary>
    private static CostsWithdrawn? WithdrawnBy(OpenInvoice open, InvoiceCommand.RecordPayment c)
    {
        var later = open.Memory.Charges.Where(charge => charge.On >= c.PaidOn).ToList();
        var ledger = open.Ledger;
        var laterFees = later.Aggregate(Money.Zero, (sum, charge) => sum + charge.Fee);
        var laterInterest = later.Aggregate(Money.Zero, (sum, charge) => sum + charge.Interest);
        var unpaidFees = Money.Min(laterFees, ledger.Fees);
        var unpaidInterest = Money.Min(laterInterest, ledger.Interest);
        var paidFees = Money.Min(laterFees - unpaidFees, ledger.FeesPaid);
        var paidInterest = Money.Min(laterInterest - unpaidInterest, ledger.InterestPaid);
        var withdrawn = new CostsWithdrawn(unpaidFees, unpaidInterest)
        {
            PaidFees = paidFees,
            PaidInterest = paidInterest,
            ToPrincipal = Money.Min(paidFees + paidInterest, ledger.Principal),
        };
        return (laterFees + laterInterest).IsPositive && c.Amount >= ledger.WithoutCosts(withdrawn).Total ? withdrawn : null;
    }

    private static PaymentAllocation Allocate(Money amount, Ledger ledger, IReadOnlyList<BalanceComponent> order)
    {
        Money fees = Money.Zero, interest = Money.Zero, principal = Money.Zero;
        var left = amount;
        foreach (var component in order)
        {
            var owed = component switch
            {
                BalanceComponent.Fees => ledger.Fees,
                BalanceComponent.Interest => ledger.Interest,
                BalanceComponent.Principal => ledger.Principal,
                _ => throw new InvalidOperationException($"Unknown balance component {component}."),
            };
            var part = Money.Min(left, owed);
            left -= part;
            switch (component)
            {
                case BalanceComponent.Fees: fees = part; break;
                case BalanceComponent.Interest: interest = part; break;
                default: principal = part; break;
            }
        }

        return new PaymentAllocation(fees, interest, principal, left);
    }
}
