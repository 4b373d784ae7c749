using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// How far each role may move a due date (seed 000): a team member at most 3 months, the
/// supervisor at most 12, counted from the invoice's original due date (the one it had before its
/// first deferral), so that chained deferrals never add up to more than the role may grant.
/// Assumption: a director has the supervisor's authority; the auditor and the system have none.
/// </summary>
public static class DeferralAuthority
{
    /// <summary>The most months <paramref name="role"/> may defer, or 0 when it may not defer at all.</summary>
    public static int MaxMonths(StaffRole role) => role switch
    {
        StaffRole.Team => 3,
        StaffRole.Supervisor or StaffRole.Director => 12,
        _ => 0,
    };

    /// <summary>The furthest due date <paramref name="role"/> may set, counting from <paramref name="from"/>.</summary>
    public static DateOnly Limit(StaffRole role, DateOnly from) => from.AddMonths(MaxMonths(role));

    /// <summary>
    /// How far a payment plan agreed by <paramref name="role"/> on <paramref name="today"/> may reach
    /// when that is less than any plan may (<paramref name="maxPlanMonths"/>): its last installment at
    /// most the role's deferral months (<see cref="MaxMonths"/>) after the later of today and
    /// <paramref name="deferralBase"/> (the invoice's original due date, see
    /// <c>InvoiceMemory.OriginalDueDate</c>); null when the role's authority covers every plan
    /// (supervisor, director). A plan stops interest like a deferral, so it is held to the same limit.
    /// </summary>
    public static (DateOnly From, DateOnly Last)? PlanLimit(StaffRole role, DateOnly deferralBase, DateOnly today, int maxPlanMonths)
    {
        if (MaxMonths(role) >= maxPlanMonths)
        {
            return null;
        }

        var from = deferralBase > today ? deferralBase : today;
        return (from, Limit(role, from));
    }

    /// <summary>The span from <paramref name="from"/> to <paramref name="to"/> in words: "4 months 4 days", "1 month", "12 days".</summary>
    public static string Describe(DateOnly from, DateOnly to)
    {
        var months = 0;
        while (from.AddMonths(months + 1) <= to)
        {
            months++;
        }

        var days = to.DayNumber - from.AddMonths(months).DayNumber;
        var parts = new List<string>();
        if (months > 0)
        {
            parts.Add(months == 1 ? "1 month" : $"{months} months");
        }

        if (days > 0 || months == 0)
        {
            parts.Add(days == 1 ? "1 day" : $"{days} days");
        }

        return string.Join(' ', parts);
    }

    /// <summary>How a role is named in a refusal: "a team member", "a supervisor", "a director".</summary>
    public static string Who(StaffRole role) => role switch
    {
        StaffRole.Team => "a team member",
        StaffRole.Supervisor => "a supervisor",
        StaffRole.Director => "a director",
        StaffRole.Auditor => "an auditor",
        _ => "the system",
    };
}
