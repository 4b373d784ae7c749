using Asiakasmaksu.Domain.Calendar;
using Asiakasmaksu.Domain.Staff;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Invoices;

public static partial class InvoiceDecider
{
    /// <summary>
    /// Moves the due date (eräpäivän siirto). The new date must be a bank day, not in the past and later
    /// than the current due date, within the actor's authority counted from the invoice's original due
    /// date (<see cref="InvoiceMemory.OriginalDueDate"/>: the one before its first deferral), so that
    /// four 3-month deferrals in a row cannot move it a year. In collection it is allowed once, by a
    /// supervisor or director, counted from the current notice's due date; the next step then follows
    /// from the new date. Assumption: after an erroneous transfer was undone (no due date), the
    /// authority counts from the day of the first deferral after it.
    /// </summary>
    private static Decision DecideDeferral(IssuedInvoice invoice, InvoiceCommand.Defer c, InvoiceRules rules)
    {
        var role = c.Stamp.Actor.Role;
        if (DeferralAuthority.MaxMonths(role) == 0)
        {
            return Refuse(RefusalKind.NotAllowed, $"{DeferralAuthority.Who(role)} may not defer due dates");
        }

        if (invoice is not OpenInvoice open)
        {
            return Closed(invoice);
        }

        if (open.Stage.DueDate == c.NewDueDate)
        {
            return Decision.Unchanged;
        }

        if (Blocked(open, "defer it") is { } blocked)
        {
            return blocked;
        }

        if (open.Stage is Stage.InEnforcement)
        {
            return Refuse(RefusalKind.WrongState, "the invoice is in enforcement; its due date can no longer be moved here");
        }

        var inCollection = open.Stage.InCollection;
        if (inCollection && !c.Stamp.Actor.IsSupervisorOrAbove)
        {
            return Refuse(RefusalKind.NotAllowed, $"{DeferralAuthority.Who(role)} may not defer an invoice in collection; a supervisor may, once");
        }

        if (inCollection && open.Memory.DeferredInCollection)
        {
            return Refuse(RefusalKind.WrongState, "the invoice has already been deferred once in collection");
        }

        if (DueDateProblem(c.NewDueDate, c.On, rules) is { } problem)
        {
            return problem;
        }

        var from = inCollection ? open.Stage.DueDate ?? c.On : DeferralBase(open, c.On);
        if (open.Stage.DueDate is { } current && c.NewDueDate <= current)
        {
            return Refuse(RefusalKind.Invalid, $"the new due date {Iso(c.NewDueDate)} is not later than the current due date {Iso(current)}");
        }

        if (c.NewDueDate > DeferralAuthority.Limit(role, from))
        {
            var counted = from == open.Stage.DueDate ? string.Empty : $" from the original due date {Iso(from)}";
            return Refuse(
                RefusalKind.NotAllowed,
                $"{DeferralAuthority.Who(role)} may defer by at most {DeferralAuthority.MaxMonths(role)} months{counted}; {DeferralAuthority.Describe(from, c.NewDueDate)} were asked");
        }

        return Accept(new E.DueDateDeferred(c.On, open.Stage.DueDate, c.NewDueDate, inCollection, c.Stamp));
    }

    /// <summary>
    /// Where a deferral's (and a team member's payment plan's) authority counts from: the due date the
    /// invoice had before its first deferral, else its current due date, else (awaiting a new due date
    /// after an undone transfer) <paramref name="today"/>.
    /// </summary>
    private static DateOnly DeferralBase(OpenInvoice open, DateOnly today) => open.Memory.OriginalDueDate ?? open.Stage.DueDate ?? today;

    /// <summary>Why a due date cannot be used, or null: it must be a bank day, not before today, in a year with a tariff.</summary>
    private static Decision.Refused? DueDateProblem(DateOnly dueDate, DateOnly today, InvoiceRules rules)
    {
        if (dueDate.Year is < FinnishBankCalendar.FirstYear or > FinnishBankCalendar.LastYear)
        {
            return Refuse(RefusalKind.Invalid, $"the date {Iso(dueDate)} is outside the years this system handles");
        }

        if (!FinnishBankCalendar.IsBankDay(dueDate))
        {
            return Refuse(RefusalKind.Invalid, $"{Iso(dueDate)} is not a bank day; the next bank day is {Iso(FinnishBankCalendar.NextBankDay(dueDate))}");
        }

        if (dueDate < today)
        {
            return Refuse(RefusalKind.Invalid, $"the due date {Iso(dueDate)} is in the past");
        }

        return rules.Tariffs.Has(dueDate.Year)
            ? null
            : Refuse(RefusalKind.Invalid, $"no tariff is configured for {dueDate.Year}, the year of {Iso(dueDate)}");
    }

    /// <summary>Refuses changes while a rectification claim waits or a plan is in force.</summary>
    private static Decision.Refused? Blocked(OpenInvoice open, string what)
    {
        if (open.PendingClaim is { } claim)
        {
            return Refuse(RefusalKind.WrongState, $"a rectification claim ({claim.ClaimId}) is pending; decide it before you {what}");
        }

        return open.Plan is not null
            ? Refuse(RefusalKind.WrongState, $"the invoice has a payment plan; agree a new plan rather than {what}")
            : null;
    }

    private static bool MayChangeInvoices(Actor actor) => actor.MayChange && actor.IsStaff;
}
