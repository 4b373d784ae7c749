using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Invoices;

public static partial class InvoiceDecider
{
    /// <summary>
    /// A payment plan: installments on bank days, in date order, none in the past, the last within
    /// <see cref="InvoiceRules.MaxPlanMonths"/>, summing exactly to the balance with interest charged
    /// to today. Also for invoices in collection (seed 000), not in enforcement. A new plan replaces the old.
    /// Interest stops while a plan is kept, so a plan is a deferral too: within a team member's
    /// authority (<see cref="DeferralAuthority.PlanLimit"/>) it has at least two installments and the
    /// last within the team's deferral limit; a longer plan, or one of a single installment, needs a
    /// supervisor or director.
    /// </summary>
    private static Decision DecidePaymentPlan(IssuedInvoice invoice, InvoiceCommand.AgreePaymentPlan c, InvoiceRules rules)
    {
        var actor = c.Stamp.Actor;
        if (!MayChangeInvoices(actor))
        {
            return Refuse(RefusalKind.NotAllowed, $"{DeferralAuthority.Who(actor.Role)} may not agree payment plans");
        }

        if (invoice is not OpenInvoice open)
        {
            return Closed(invoice);
        }

        if (open.Plan is { } existing && existing.Installments.SequenceEqual(c.Installments))
        {
            return Decision.Unchanged;
        }

        if (open.PendingClaim is { } claim)
        {
            return Refuse(RefusalKind.WrongState, $"a rectification claim ({claim.ClaimId}) is pending; decide it before agreeing a plan");
        }

        if (open.Stage is Stage.InEnforcement)
        {
            return Refuse(RefusalKind.WrongState, "the invoice is in enforcement; a plan is agreed with the enforcement authority");
        }

        if (c.Installments.Count == 0)
        {
            return Refuse(RefusalKind.Invalid, "a payment plan needs at least one installment");
        }

        for (var i = 0; i < c.Installments.Count; i++)
        {
            var installment = c.Installments[i];
            if (!installment.Amount.IsPositive)
            {
                return Refuse(RefusalKind.Invalid, $"installment {i + 1}: the amount {installment.Amount} € must be above zero");
            }

            if (DueDateProblem(installment.DueDate, c.On, rules) is { } problem)
            {
                return problem with { Reason = $"installment {i + 1}: {problem.Reason}" };
            }

            if (i > 0 && installment.DueDate <= c.Installments[i - 1].DueDate)
            {
                return Refuse(RefusalKind.Invalid, $"installment {i + 1}: its due date {Iso(installment.DueDate)} must be after the previous one's");
            }
        }

        var last = c.Installments[^1].DueDate;
        if (last > c.On.AddMonths(rules.MaxPlanMonths))
        {
            return Refuse(RefusalKind.Invalid, $"the last installment {Iso(last)} is more than {rules.MaxPlanMonths} months away");
        }

        if (DeferralAuthority.PlanLimit(actor.Role, DeferralBase(open, c.On), c.On, rules.MaxPlanMonths) is { } limit
            && (c.Installments.Count < 2 || last > limit.Last))
        {
            var asked = c.Installments.Count < 2 ? "this plan has a single installment" : $"this plan's last installment is on {Iso(last)}";
            return Refuse(
                RefusalKind.NotAllowed,
                $"{DeferralAuthority.Who(actor.Role)} may agree a plan of at least two installments, the last by {Iso(limit.Last)} ({DeferralAuthority.MaxMonths(actor.Role)} months from {Iso(limit.From)}); {asked}: a supervisor or director may agree it");
        }

        if (InterestUnpriced(open.Ledger, c.On, rules) is { } unpriced)
        {
            return unpriced;
        }

        var accrued = AccruedThrough(open.Ledger, c.On, rules.Tariffs);
        var balance = LedgerOn(open, c.On, rules).Total;
        var sum = c.Installments.Aggregate(Money.Zero, (s, i) => s + i.Amount);
        if (sum != balance)
        {
            return Refuse(RefusalKind.Invalid, $"the installments sum to {sum} € but the balance with interest to {Iso(c.On)} is {balance} €");
        }

        return Accept(new E.PaymentPlanAgreed(c.On, [.. c.Installments], accrued, c.Stamp));
    }
}
