using Asiakasmaksu.Domain.Calendar;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using CsCheck;
using static Asiakasmaksu.Domain.Tests.Invoices.Scenario;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Tests.Invoices;

/// <summary>Invariants over random invoices and random sequences of staff commands, played day by day.</summary>
public class LifecycleProperties
{
    private const int Horizon = 420;

    private static readonly Gen<StaffRole> Roles = Gen.OneOf(StaffRole.Team, StaffRole.Supervisor, StaffRole.Director, StaffRole.Auditor, StaffRole.System);

    private static readonly Gen<ScriptedAction> Actions = Gen.OneOf<ScriptedAction>(
        Gen.Select(Gen.Int[1, 30000], a => (ScriptedAction)new PayAction(a)),
        Gen.Select(Gen.Int[1, 30000], Gen.Int[1, 40], (a, lag) => (ScriptedAction)new PayAction(a, lag)),
        Gen.Select(Gen.Int[1, 400], Roles, (d, r) => (ScriptedAction)new DeferAction(d, r)),
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 90], (n, gap) => (ScriptedAction)new PlanAction(n, gap)),
        Gen.Select(Roles, r => (ScriptedAction)new SimpleAction("writeoff", r)),
        Gen.Select(Roles, r => (ScriptedAction)new SimpleAction("waive", r)),
        Gen.Select(Roles, r => (ScriptedAction)new SimpleAction("cancel_invoice", r)),
        Gen.Select(Roles, r => (ScriptedAction)new SimpleAction("cancel_transfer", r)),
        Gen.Select(Gen.Int[0, 10], d => (ScriptedAction)new ClaimAction(d)),
        Gen.Select(Gen.Bool, Gen.Int[0, 20000], (accept, amount) => (ScriptedAction)new DecideAction(accept, amount)));

    private static readonly Gen<Script> Scripts = Gen.Select(
        Gen.Int[0, 3000],
        Gen.Int[100, 300000],
        Gen.Select(Gen.Int[0, Horizon], Actions, (day, action) => (day, action)).Array[0, 8],
        (start, cents, actions) => new Script(new DateOnly(2018, 1, 1).AddDays(start), cents / 100m, [.. actions.OrderBy(a => a.day)]));

    [Fact]
    public void Invariants_HoldForRandomLives() => Scripts.Sample(script => Check(Play(script)), iter: 1500);

    [Fact]
    public void SameCommands_GiveTheSameStateAndEvents() => Scripts.Sample(
        script =>
        {
            var first = Play(script);
            var second = Play(script);
            Assert.Equal(first.Events, second.Events);
            Assert.Equal(first.State, second.State);
            Assert.Equal(first.State, InvoiceDecider.Replay(InvoiceState.None, first.Events));
        },
        iter: 100);

    [Fact]
    public void Interest_MatchesTheFormula_WhenOnlyPaymentsHappen() => Gen.Select(
            Gen.Int[0, 3000],
            Gen.Int[100, 300000],
            Gen.Select(Gen.Int[0, 200], Gen.Int[1, 30000], (day, cents) => (day, (ScriptedAction)new PayAction(cents))).Array[0, 4])
        .Sample(
            t =>
            {
                var script = new Script(new DateOnly(2018, 1, 1).AddDays(t.Item1), t.Item2 / 100m, [.. t.Item3.OrderBy(a => a.day)]);
                var s = Play(script);
                var due = s.Single<E.Issued>().DueDate;
                var payments = s.Events.OfType<E.PaymentReceived>().ToList();
                foreach (var (on, accrued) in s.Events.Select(NoticeInterest).OfType<(DateOnly, decimal)>())
                {
                    // Independent oracle: day by day, 7 %/365 on the principal unpaid at the start of each day.
                    var expected = 0m;
                    for (var day = due.AddDays(1); day <= on; day = day.AddDays(1))
                    {
                        var principal = script.Amount - payments.Where(p => p.PaidOn < day).Sum(p => p.Allocation.ToPrincipal.Euros);
                        expected += principal * 0.07m / 365m;
                    }

                    // Compared unrounded: both are exact to decimal's 28 digits, and rounding each to cents
                    // splits them when the interest is within a hair of a half cent (seed 2pwNMNsE1xk2: 18.65 and 18.66).
                    Assert.True(Math.Abs(expected - accrued) < 0.000001m, $"{expected} by the day, {accrued} accrued");
                }
            },
            iter: 300);

    private static (DateOnly, decimal)? NoticeInterest(InvoiceEvent e) => e switch
    {
        E.ReminderSent r => (r.On, r.InterestAccrued),
        E.CollectionLetter1Sent l => (l.On, l.InterestAccrued),
        E.CollectionLetter2Sent l => (l.On, l.InterestAccrued),
        E.TransferredToEnforcement t => (t.On, t.InterestAccrued),
        _ => null,
    };

    private static Scenario Play(Script script)
    {
        var s = Issue(script.InvoiceDate, script.Amount);
        var n = 0;
        for (var day = 1; day <= Horizon; day++)
        {
            var today = script.InvoiceDate.AddDays(day);
            foreach (var (_, action) in script.Actions.Where(a => a.day == day))
            {
                if (action.ToCommand(s, today, n++) is { } command)
                {
                    var before = s.State;
                    if (s.Apply(command) is Decision.Refused)
                    {
                        Assert.Same(before, s.State);
                    }
                }
            }

            s.Apply(new C.Advance(today));
        }

        return s;
    }

    private static void Check(Scenario s)
    {
        InvoiceState state = InvoiceState.None;
        var closed = false;
        DateOnly? lastNotice = null;
        var paidIn = Money.Zero;
        var noticeIndex = 0;
        foreach (var e in s.Events)
        {
            var before = state;
            state = InvoiceDecider.Evolve(state, e);
            var after = (IssuedInvoice)state;

            var l = after.Ledger;
            Assert.False(l.Principal.IsNegative || l.Fees.IsNegative || l.Interest.IsNegative || l.Credit.IsNegative, $"negative balance after {e}");

            if (closed)
            {
                Assert.Fail($"{e.GetType().Name} after the invoice closed");
            }

            if (e is E.PaymentReceived p)
            {
                paidIn += p.Amount;
                Assert.True(p.Withdrawn is null || s.Events.SkipWhile(x => !ReferenceEquals(x, e)).Skip(1).FirstOrDefault() is E.Settled, $"a payment of {p.Amount} made {p.PaidOn} took costs back but did not settle the invoice");
            }

            if (after is OpenInvoice or ClosedInvoice { Closure: Closure.Paid })
            {
                // Money in is money accounted for: every euro paid is principal paid, costs paid or credit.
                var accounted = after.Facts.Amount - l.Principal + l.FeesPaid + l.InterestPaid + l.Credit;
                Assert.True(accounted == paidIn, $"{paidIn} paid in but {accounted} accounted for after {e}");
            }

            closed = after is ClosedInvoice;
            if (NoticeComposer.For(before, e, after) is { } notice)
            {
                Assert.Equal(s.Notices[noticeIndex++], notice);
            }

            if (after.Stage.DueDate is { } due && after is OpenInvoice)
            {
                Assert.True(FinnishBankCalendar.IsBankDay(due), $"due date {due} is not a bank day after {e}");
            }

            if (after is OpenInvoice { Plan: { } plan })
            {
                Assert.All(plan.Installments, i => Assert.True(FinnishBankCalendar.IsBankDay(i.DueDate)));
            }

            if (e is E.ReminderSent r)
            {
                Assert.Equal(DayOfWeek.Tuesday, r.On.DayOfWeek);
                Assert.True(FinnishBankCalendar.IsBankDay(r.On));
                var dueBefore = ((IssuedInvoice)before).Stage.DueDate!.Value;
                Assert.True(r.On.DayNumber - dueBefore.DayNumber >= 14, $"reminder {r.On} less than 14 days after due date {dueBefore}");
            }

            if (e is E.ReminderSent or E.CollectionLetter1Sent or E.CollectionLetter2Sent or E.TransferredToEnforcement)
            {
                if (lastNotice is { } last && e is not E.ReminderSent)
                {
                    Assert.True(e.On.DayNumber - last.DayNumber >= 14, $"{e.GetType().Name} on {e.On} less than 14 days after the previous notice {last}");
                }

                lastNotice = e.On;
            }

            var movesBack = e is E.DueDateDeferred or E.InstallmentMissed or E.RectificationClaimRejected or E.RectificationClaimAccepted or E.CollectionCostsRemoved;
            if (before is IssuedInvoice b && !movesBack)
            {
                Assert.True(after.Stage.Rank >= b.Stage.Rank, $"{e.GetType().Name} moved the stage back from {b.Stage.Name} to {after.Stage.Name}");
            }
        }

        Assert.Equal(noticeIndex, s.Notices.Count);
    }

    private sealed record Script(DateOnly InvoiceDate, decimal Amount, (int day, ScriptedAction action)[] Actions)
    {
        public override string ToString() => $"{InvoiceDate:yyyy-MM-dd} {Amount} [{string.Join("; ", Actions.Select(a => $"+{a.day} {a.action}"))}]";
    }

    private abstract record ScriptedAction
    {
        public abstract InvoiceCommand? ToCommand(Scenario s, DateOnly today, int n);
    }

    /// <summary>A payment recorded today, made <paramref name="Lag"/> days before (matched late), never before the invoice date.</summary>
    private sealed record PayAction(int Cents, int Lag = 0) : ScriptedAction
    {
        public override InvoiceCommand ToCommand(Scenario s, DateOnly today, int n) =>
            new C.RecordPayment(today, $"p{n}", DateAdjusters.Latest(today.AddDays(-Lag), s.Issued.Facts.InvoiceDate), Money.FromCents(Cents), By(StaffRole.System));
    }

    private sealed record DeferAction(int Days, StaffRole Role) : ScriptedAction
    {
        public override InvoiceCommand ToCommand(Scenario s, DateOnly today, int n) =>
            new C.Defer(today, FinnishBankCalendar.NextBankDayOrSame(((s.State as OpenInvoice)?.Stage.DueDate ?? today).AddDays(Days)), By(Role));
    }

    private sealed record PlanAction(int Parts, int GapDays) : ScriptedAction
    {
        public override InvoiceCommand? ToCommand(Scenario s, DateOnly today, int n)
        {
            if (s.State is not OpenInvoice open)
            {
                return null;
            }

            // Installments summing to the balance with interest charged to today.
            var total = InvoiceDecider.LedgerOn(open, today, Rules).Total;
            var each = Money.RoundToCents(total.Euros / Parts);
            var parts = new List<Installment>();
            var date = today;
            for (var i = 0; i < Parts; i++)
            {
                date = FinnishBankCalendar.NextBankDayOrSame(date.AddDays(GapDays));
                parts.Add(new Installment(date, i == Parts - 1 ? total - Money.Of(each.Euros * (Parts - 1)) : each));
            }

            return new C.AgreePaymentPlan(today, [.. parts], By(StaffRole.Team));
        }
    }

    private sealed record SimpleAction(string What, StaffRole Role) : ScriptedAction
    {
        public override InvoiceCommand ToCommand(Scenario s, DateOnly today, int n) => What switch
        {
            "writeoff" => new C.WriteOffForEstate(today, today.AddDays(-3), By(Role)),
            "waive" => new C.Waive(today, By(Role)),
            "cancel_invoice" => new C.Cancel(today, CancellationReason.ErroneousInvoice, By(Role)),
            _ => new C.Cancel(today, CancellationReason.ErroneousTransfer, By(Role)),
        };
    }

    private sealed record ClaimAction(int DaysAgo) : ScriptedAction
    {
        public override InvoiceCommand ToCommand(Scenario s, DateOnly today, int n) => new C.ReceiveRectificationClaim(today, "claim", today.AddDays(-DaysAgo), By(StaffRole.Team));
    }

    private sealed record DecideAction(bool Accept, int Cents) : ScriptedAction
    {
        public override InvoiceCommand ToCommand(Scenario s, DateOnly today, int n) =>
            new C.DecideRectificationClaim(today, "claim", Accept, Accept && Cents > 0 ? Money.FromCents(Cents) : null, By(StaffRole.Supervisor));
    }
}
