using Asiakasmaksu.Domain.Calendar;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Invoices;

/// <summary>The invoice lifecycle as a decider: <c>Decide(state, command) → events</c>, <c>Evolve(state, event) → state</c>.</summary>
public static partial class InvoiceDecider
{
    /// <summary>The state after <paramref name="e"/>. Pure; events carry every computed amount.</summary>
    public static InvoiceState Evolve(InvoiceState state, InvoiceEvent e) => (state, e) switch
    {
        (NotIssued, E.Issued i) => new OpenInvoice(
            i.Facts, Ledger.ForNewInvoice(i.Facts.Amount, i.DueDate), new Stage.Invoiced(i.DueDate), InvoiceMemory.Empty, 1, null, null) { DueDate = i.DueDate },
        (OpenInvoice open, _) => WithInvoiceDueDate(open, EvolveOpen(open, e)),
        _ => throw new InvalidOperationException($"{e.GetType().Name} cannot follow {state.GetType().Name}: the decider never emits that."),
    };

    /// <summary>Folds <paramref name="events"/> over <paramref name="state"/>.</summary>
    public static InvoiceState Replay(InvoiceState state, IEnumerable<InvoiceEvent> events) => events.Aggregate(state, Evolve);

    private static IssuedInvoice EvolveOpen(OpenInvoice o, InvoiceEvent e) => e switch
    {
        E.BecameOverdue => o with { Stage = new Stage.Overdue(o.Stage.DueDate ?? e.On) },
        E.ReminderSent r => Charged(o, r.Fee, r.InterestAccrued, r.On) with { Stage = new Stage.Reminded(r.On, r.DueDate) },
        E.CollectionLetter1Sent l => Charged(o, l.Fee, l.InterestAccrued, l.On) with { Stage = new Stage.CollectionLetter1Sent(l.On, l.DueDate) },
        E.CollectionLetter2Sent l => Charged(o, l.Fee, l.InterestAccrued, l.On) with { Stage = new Stage.CollectionLetter2Sent(l.On, l.DueDate) },
        E.TransferredToEnforcement t => Charged(o, Money.Zero, t.InterestAccrued, t.On) with { Stage = new Stage.InEnforcement(t.On) },
        E.PaymentReceived p => Paid(o, p),
        E.Settled s => Close(o, new Closure.Paid(s.On), o.Ledger),
        E.DueDateDeferred d => Deferred(o, d),
        E.PaymentPlanAgreed a => PlanAgreed(o, a),
        E.InstallmentMissed m => o with
        {
            Plan = null,
            Stage = Resumed(o.Plan?.StageBefore ?? o.Stage, m.InstallmentDueDate),
            Ledger = o.Ledger with { InterestRunning = true, InterestThrough = DateAdjusters.Latest(o.Ledger.InterestThrough, m.InstallmentDueDate) },
        },
        E.WrittenOff w => Close(o, new Closure.WrittenOff(w.On, w.InventoryDate), o.Ledger.Cleared()),
        E.Waived w => Close(o, new Closure.Waived(w.On), o.Ledger.Cleared()),
        E.Cancelled c => Close(o, new Closure.Cancelled(c.On), o.Ledger.Refunded(c.Refunded)),
        E.CollectionCostsRemoved r => o with
        {
            Stage = new Stage.AwaitingNewDueDate(o.Stage.DueDate ?? DueDateBefore(o)),
            Ledger = o.Ledger.WithoutCollectionCosts(r.ToPrincipal ?? Money.Zero) with { InterestRunning = false },
            Plan = null,
            Memory = o.Memory with { DeferredInCollection = false, OriginalDueDate = null, Charges = [] },
        },
        E.RectificationClaimReceived r => o with { PendingClaim = new PendingClaim(r.ClaimId, r.ReceivedOn, r.WithinTimeLimit) },
        E.RectificationClaimRejected r => Resumed(o, r),
        E.RectificationClaimAccepted a => Rectified(o, a),
        _ => throw new InvalidOperationException($"{e.GetType().Name} cannot follow an open invoice: the decider never emits that."),
    };

    /// <summary><paramref name="o"/> with <paramref name="fee"/> and the interest accrued to <paramref name="on"/> charged, the charge remembered (<see cref="InvoiceMemory.Charges"/>).</summary>
    private static OpenInvoice Charged(OpenInvoice o, Money fee, decimal accrued, DateOnly on)
    {
        var ledger = o.Ledger.ChargedTo(accrued, on) with { Fees = o.Ledger.Fees + fee };
        var charge = new CostCharge(on, fee, ledger.InterestCharged - o.Ledger.InterestCharged);
        return o with { Ledger = ledger, Memory = o.Memory with { Charges = o.Memory.Charges.Add(charge) } };
    }

    private static ClosedInvoice Close(OpenInvoice o, Closure closure, Ledger ledger) =>
        new(o.Facts, ledger, o.Stage, o.Memory, o.EventCount, closure);

    private static OpenInvoice Paid(OpenInvoice o, E.PaymentReceived p)
    {
        var a = p.Allocation;
        var before = p.Withdrawn is { } withdrawn ? o.Ledger.WithoutCosts(withdrawn) : o.Ledger;
        var ledger = before.AccruedTo(p.InterestAccrued, p.InterestThrough) with
        {
            Fees = before.Fees - a.ToFees,
            FeesPaid = before.FeesPaid + a.ToFees,
            InterestPaid = before.InterestPaid + a.ToInterest,
            Principal = before.Principal - a.ToPrincipal,
            Credit = before.Credit + a.ToCredit,
        };
        return o with
        {
            Ledger = ledger,
            Memory = o.Memory with { PaymentIds = o.Memory.PaymentIds.Add(p.PaymentId) },
            Plan = o.Plan is { } plan ? plan with { PaidTowardPlan = plan.PaidTowardPlan + p.Amount - a.ToCredit } : null,
        };
    }

    private static OpenInvoice Deferred(OpenInvoice o, E.DueDateDeferred d)
    {
        if (d.InCollection)
        {
            return o with { Stage = o.Stage.WithDueDate(d.NewDueDate), Memory = o.Memory with { DeferredInCollection = true } };
        }

        // Before collection the new due date replaces the old: interest counts from the day after it.
        // The first deferral remembers the due date it moved: every later one counts from it.
        return o with
        {
            Stage = new Stage.Invoiced(d.NewDueDate),
            Ledger = o.Ledger with { InterestRunning = true, InterestThrough = d.NewDueDate },
            Memory = o.Memory with { OriginalDueDate = o.Memory.OriginalDueDate ?? d.PreviousDueDate ?? d.On },
        };
    }

    /// <summary>
    /// Where collection resumes after a missed installment: counted from the missed due date, but
    /// never earlier than the due date of the notice already sent, so that the next demand still
    /// comes at least 14 days after it (513/1999 5 §).
    /// </summary>
    private static Stage Resumed(Stage before, DateOnly missedDueDate) => before switch
    {
        Stage.Invoiced or Stage.Overdue or Stage.AwaitingNewDueDate => new Stage.Overdue(missedDueDate),
        _ => before.WithDueDate(DateAdjusters.Latest(missedDueDate, before.DueDate ?? missedDueDate)),
    };

    private static OpenInvoice Resumed(OpenInvoice o, E.RectificationClaimRejected r)
    {
        var stage = o.Stage;
        if (stage.DueDate is { } due)
        {
            var shifted = FinnishBankCalendar.NextBankDayOrSame(due.AddDays(r.PausedDays));
            stage = stage switch
            {
                Stage.Invoiced or Stage.Overdue => shifted >= r.On ? new Stage.Invoiced(shifted) : new Stage.Overdue(shifted),
                _ => stage.WithDueDate(shifted),
            };
        }

        var plan = o.Plan is { } p
            ? p with { Installments = [.. p.Installments.Select(i => i with { DueDate = FinnishBankCalendar.NextBankDayOrSame(i.DueDate.AddDays(r.PausedDays)) })] }
            : null;
        return o with
        {
            Stage = stage,
            Plan = plan,
            PendingClaim = null,
            Memory = o.Memory with { DecidedClaims = o.Memory.DecidedClaims.SetItem(r.ClaimId, false), OriginalDueDate = o.Memory.OriginalDueDate?.AddDays(r.PausedDays) },
        };
    }

    private static OpenInvoice PlanAgreed(OpenInvoice o, E.PaymentPlanAgreed a)
    {
        var charged = Charged(o, Money.Zero, a.InterestAccrued, a.On);
        return charged with
        {
            Plan = new PaymentPlan(a.Installments, Money.Zero, a.On, o.Plan?.StageBefore ?? o.Stage),
            Ledger = charged.Ledger with { InterestRunning = false },
        };
    }

    private static IssuedInvoice Rectified(OpenInvoice o, E.RectificationClaimAccepted a)
    {
        var memory = o.Memory with { DecidedClaims = o.Memory.DecidedClaims.SetItem(a.ClaimId, true), DeferredInCollection = false, OriginalDueDate = null, Charges = [] };
        var principalPaid = o.Facts.Amount - o.Ledger.Principal;
        if (a.NewAmount is not { } newAmount || a.NewDueDate is not { } newDue)
        {
            return new ClosedInvoice(o.Facts, o.Ledger.Refunded(principalPaid + o.Ledger.FeesPaid + o.Ledger.InterestPaid), o.Stage, memory, o.EventCount, new Closure.Cancelled(a.On));
        }

        // Billed anew at the new amount without collection costs: what was paid toward the principal
        // counts toward it, and so does what was paid of the costs removed (the event says how much);
        // only what is beyond it becomes credit.
        var owed = newAmount - principalPaid;
        var toPrincipal = a.CostsToPrincipal ?? Money.Zero;
        var costsRemoved = o.Ledger.WithoutCollectionCosts(toPrincipal);
        return o with
        {
            Facts = o.Facts with { Amount = newAmount },
            Stage = new Stage.Invoiced(newDue),
            Ledger = costsRemoved with
            {
                Principal = Money.Max(Money.Zero, owed) - toPrincipal,
                Credit = costsRemoved.Credit + Money.Max(Money.Zero, -owed),
                InterestRunning = true,
                InterestThrough = newDue,
            },
            Plan = null,
            PendingClaim = null,
            Memory = memory,
        };
    }

    private static DateOnly DueDateBefore(OpenInvoice o) => o.Stage switch
    {
        Stage.InEnforcement e => e.TransferredOn,
        Stage.AwaitingNewDueDate a => a.PreviousDueDate,
        _ => o.Facts.InvoiceDate,
    };
}
