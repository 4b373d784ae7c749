using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Invoices;

public static partial class InvoiceDecider
{
    private const int MaxStepsPerDay = 8;

    /// <summary>
    /// Takes every step due on the command's day. A late wake-up takes the step that day; the next one
    /// is measured from it. A step that cannot be priced, its year having no tariff yet
    /// (<see cref="CollectionSchedule.YearWithoutTariff"/>), is not taken: it waits, and is tried again
    /// on its next qualifying day, until the tariff is added.
    /// </summary>
    private static Decision DecideAdvance(IssuedInvoice invoice, InvoiceCommand.Advance c, InvoiceRules rules)
    {
        if (invoice is not OpenInvoice open)
        {
            return Decision.Unchanged;
        }

        List<InvoiceEvent>? events = null;
        for (var i = 0; i < MaxStepsPerDay; i++)
        {
            if (CollectionSchedule.NextStep(open, rules) is not { } step || !step.RunsOn(c.On) || CollectionSchedule.StepGap(open, step.Kind, c.On, rules) is not null)
            {
                break;
            }

            var e = StepEvent(open, step.Kind, c.On, rules);
            (events ??= []).Add(e);
            open = (OpenInvoice)Evolve(open, e);
        }

        return events is null ? Decision.Unchanged : new Decision.Accepted(events);
    }

    private static InvoiceEvent StepEvent(OpenInvoice open, StepKind kind, DateOnly day, InvoiceRules rules)
    {
        switch (kind)
        {
            case StepKind.BecomeOverdue:
                return new E.BecameOverdue(day);
            case StepKind.CheckInstallment:
                var plan = open.Plan!;
                var missed = plan.NextUnpaid!;
                return new E.InstallmentMissed(day, missed.DueDate, plan.ShortfallThrough(missed.DueDate));
        }

        var tariff = rules.Tariffs.For(day.Year);
        var accrued = AccruedThrough(open.Ledger, day, rules.Tariffs);
        return kind switch
        {
            StepKind.SendReminder => new E.ReminderSent(day, tariff.ReminderFee, accrued, CollectionSchedule.NoticeDueDate(day, tariff.Periods.ReminderDueDays)),
            StepKind.SendCollectionLetter1 => new E.CollectionLetter1Sent(day, tariff.CollectionLetter1Fee, accrued, CollectionSchedule.NoticeDueDate(day, tariff.Periods.CollectionLetterDueDays)),
            StepKind.SendCollectionLetter2 => new E.CollectionLetter2Sent(day, tariff.CollectionLetter2Fee, accrued, CollectionSchedule.NoticeDueDate(day, tariff.Periods.CollectionLetterDueDays)),
            StepKind.TransferToEnforcement => new E.TransferredToEnforcement(day, accrued),
            _ => throw new InvalidOperationException($"Unknown step {kind}."),
        };
    }
}
