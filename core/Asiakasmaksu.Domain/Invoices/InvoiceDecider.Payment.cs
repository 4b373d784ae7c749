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

        var ledger = open.Ledger;
        var through = DateAdjusters.Latest(c.PaidOn, ledger.InterestThrough);
        if (InterestUnpriced(ledger, through, rules) is { } unpriced)
        {
            return unpriced;
        }

        var accrued = AccruedThrough(ledger, through, rules.Tariffs);
        var allocation = Allocate(c.Amount, ledger, rules.AllocationOrder);
        var payment = new E.PaymentReceived(c.On, c.PaymentId, c.PaidOn, c.Amount, allocation, accrued, through, c.Stamp);
        var after = ((OpenInvoice)Evolve(open, payment)).Ledger;
        return after.IsSettled ? Accept(payment, new E.Settled(c.On)) : Accept(payment);
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
