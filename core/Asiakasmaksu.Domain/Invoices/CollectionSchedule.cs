using Asiakasmaksu.Domain.Calendar;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// When each step of an invoice's life happens (seed 000 and 513/1999):
/// <list type="bullet">
/// <item>due date = invoice date + 14 days, then + 3 bank days (25.7.2017 → 11.8.2017);</item>
/// <item>overdue the day after the due date;</item>
/// <item>transfer with a reminder on the first Tuesday that is a bank day on or after due date + 17 days (→ 29.8.2017);</item>
/// <item>each notice falls due 14 days after it is sent, moved to the next bank day when needed;</item>
/// <item>the next letter (or enforcement) on the first bank day after a notice fell due unpaid;</item>
/// <item>a plan installment counts as missed after its grace bank days.</item>
/// </list>
/// Periods come from the tariff of the relevant year.
/// </summary>
public static class CollectionSchedule
{
    /// <summary>The payment term: <paramref name="invoiceDate"/> + 14 days, then + 3 bank days (by that year's tariff).</summary>
    public static DateOnly DueDateFor(DateOnly invoiceDate, TariffBook tariffs) => DueDateFor(invoiceDate, invoiceDate, tariffs);

    /// <summary>
    /// The payment term of an invoice dated <paramref name="invoiceDate"/> and sent on
    /// <paramref name="sentOn"/>: counted from the later of the two, as a client would expect
    /// (a billing file that arrives late must not give invoices overdue on arrival), with the
    /// periods of the invoice date's year. Assumption: the invoice is sent the day it is issued, or on
    /// its invoice date when that is later (the outbox never sends a notice before its date).
    /// </summary>
    public static DateOnly DueDateFor(DateOnly invoiceDate, DateOnly sentOn, TariffBook tariffs)
    {
        var periods = tariffs.For(invoiceDate.Year).Periods;
        return FinnishBankCalendar.AddBankDays(DateAdjusters.Latest(invoiceDate, sentOn).AddDays(periods.PaymentTermDays), periods.PaymentTermBankDays);
    }

    /// <summary>The due date of a notice sent on <paramref name="sentOn"/>: <paramref name="days"/> later, on a bank day.</summary>
    public static DateOnly NoticeDueDate(DateOnly sentOn, int days) =>
        FinnishBankCalendar.NextBankDayOrSame(sentOn.AddDays(days));

    /// <summary>The next automatic step of <paramref name="invoice"/>, or null when none is scheduled (paused, in enforcement, awaiting a due date).</summary>
    public static ScheduledStep? NextStep(OpenInvoice invoice, InvoiceRules rules)
    {
        if (invoice.PendingClaim is not null)
        {
            return null;
        }

        if (invoice.Plan is { } plan)
        {
            return plan.NextUnpaid is { } installment
                ? new ScheduledStep(StepKind.CheckInstallment, FinnishBankCalendar.AddBankDays(installment.DueDate, rules.InstallmentGraceBankDays), OnlyBankDays: false)
                : null;
        }

        return invoice.Stage switch
        {
            Stage.Invoiced s => new ScheduledStep(StepKind.BecomeOverdue, s.Due.AddDays(1), OnlyBankDays: false),
            Stage.Overdue s => rules.Tariffs.Has(s.Due.Year)
                ? Transfer(s.Due, rules.Tariffs.For(s.Due.Year).Periods)
                : new ScheduledStep(StepKind.SendReminder, s.Due.AddDays(1), OnlyBankDays: true), // waits for the due date's year's tariff (YearWithoutTariff)
            Stage.Reminded s => new ScheduledStep(StepKind.SendCollectionLetter1, s.Due.AddDays(1), OnlyBankDays: true),
            Stage.CollectionLetter1Sent s => new ScheduledStep(StepKind.SendCollectionLetter2, s.Due.AddDays(1), OnlyBankDays: true),
            Stage.CollectionLetter2Sent s => new ScheduledStep(StepKind.TransferToEnforcement, s.Due.AddDays(1), OnlyBankDays: true),
            Stage.InEnforcement or Stage.AwaitingNewDueDate => null,
            _ => throw new InvalidOperationException($"Unknown stage {invoice.Stage.GetType().Name}."),
        };
    }

    /// <summary>
    /// The first day on or after <paramref name="notBefore"/> the invoice must wake up, or null when
    /// nothing is scheduled (closed, paused, in enforcement). After advancing to a day, pass the
    /// next day; after a staff change during a day, pass that day.
    /// </summary>
    public static DateOnly? NextWakeUp(InvoiceState state, DateOnly notBefore, InvoiceRules rules) =>
        state is OpenInvoice open && NextStep(open, rules) is { } step ? step.FirstRunFrom(notBefore) : null;

    /// <summary>
    /// The year whose tariff is missing, so that the step due on <paramref name="day"/> cannot be
    /// priced and waits (it is tried again on its next qualifying day, <see cref="NextWakeUp"/>); null
    /// when no step is due that day or it can be taken. A reminder needs the due date's year (the
    /// transfer period) and the day's (fee, notice period); a letter the day's; a reminder, letter or
    /// transfer to enforcement also every half-year of the late interest it charges to the day.
    /// </summary>
    public static int? YearWithoutTariff(OpenInvoice invoice, DateOnly day, InvoiceRules rules) =>
        NextStep(invoice, rules) is { } step && step.RunsOn(day) ? StepGap(invoice, step.Kind, day, rules)?.Year : null;

    /// <summary>The first day whose tariff taking <paramref name="kind"/> on <paramref name="day"/> needs but lacks, or null.</summary>
    internal static DateOnly? StepGap(OpenInvoice invoice, StepKind kind, DateOnly day, InvoiceRules rules)
    {
        if (kind is StepKind.BecomeOverdue or StepKind.CheckInstallment)
        {
            return null;
        }

        var tariffs = rules.Tariffs;
        if (kind == StepKind.SendReminder && invoice.Stage.DueDate is { } due && !tariffs.Has(due.Year))
        {
            return new DateOnly(due.Year, 1, 1);
        }

        if (kind != StepKind.TransferToEnforcement && !tariffs.Has(day.Year))
        {
            return new DateOnly(day.Year, 1, 1);
        }

        return InterestGap(invoice.Ledger, day, tariffs);
    }

    /// <summary>The first day whose tariff the late interest accrued through <paramref name="day"/> needs but lacks, or null.</summary>
    internal static DateOnly? InterestGap(Ledger ledger, DateOnly day, TariffBook tariffs) =>
        ledger.InterestRunning && ledger.Principal.IsPositive && day > ledger.InterestThrough ? tariffs.FirstDayWithoutTariff(ledger.InterestThrough.AddDays(1), day) : null;

    private static ScheduledStep Transfer(DateOnly due, CollectionPeriods periods) =>
        new(StepKind.SendReminder, due.AddDays(periods.TransferAfterDueDays), OnlyBankDays: true, periods.TransferWeekday);
}
