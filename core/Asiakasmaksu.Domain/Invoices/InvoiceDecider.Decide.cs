using System.Globalization;
using Asiakasmaksu.Domain.Tariffs;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;

namespace Asiakasmaksu.Domain.Invoices;

public static partial class InvoiceDecider
{
    /// <summary>
    /// Decides <paramref name="command"/> against <paramref name="state"/>: accepted with the events that
    /// follow (none when it was already applied), or refused with a reason a person understands.
    /// Pure and deterministic: the same state and command always give the same decision.
    /// </summary>
    public static Decision Decide(InvoiceState state, InvoiceCommand command, InvoiceRules rules)
    {
        if (command is C.Issue issue)
        {
            return DecideIssue(state, issue, rules);
        }

        if (state is not IssuedInvoice invoice)
        {
            return command is C.Advance ? Decision.Unchanged : Refuse(RefusalKind.NotFound, "the invoice has not been issued");
        }

        return command switch
        {
            C.Advance c => DecideAdvance(invoice, c, rules),
            C.RecordPayment c => DecidePayment(invoice, c, rules),
            C.Defer c => DecideDeferral(invoice, c, rules),
            C.AgreePaymentPlan c => DecidePaymentPlan(invoice, c, rules),
            C.WriteOffForEstate c => DecideWriteOff(invoice, c),
            C.Waive c => DecideWaiver(invoice, c),
            C.Cancel c => DecideCancellation(invoice, c),
            C.ReceiveRectificationClaim c => DecideClaim(invoice, c, rules),
            C.DecideRectificationClaim c => DecideClaimDecision(invoice, c, rules),
            _ => throw new InvalidOperationException($"Unknown command {command.GetType().Name}."),
        };
    }

    private static Decision DecideIssue(InvoiceState state, C.Issue c, InvoiceRules rules)
    {
        if (state is not NotIssued)
        {
            return Decision.Unchanged;
        }

        var draft = c.Draft;
        if (draft.Lines.Count == 0)
        {
            return Refuse(RefusalKind.Invalid, "an invoice needs at least one line");
        }

        var amount = draft.Lines.Aggregate(Money.Zero, (sum, line) => sum + line.Amount);
        if (!amount.IsPositive)
        {
            return Refuse(RefusalKind.Invalid, $"the lines sum to {amount} €; an invoice must be above zero");
        }

        if (!rules.Tariffs.Has(draft.InvoiceDate.Year))
        {
            return Refuse(RefusalKind.Invalid, $"no tariff is configured for {draft.InvoiceDate.Year}, the year of the invoice date");
        }

        var facts = new InvoiceFacts(draft.Id, draft.BatchId, draft.ClientId, draft.InvoiceDate, amount, draft.Reference, draft.Language, draft.Client, draft.Recipient, draft.Lines)
        {
            InvoiceNumber = draft.InvoiceNumber,
        };
        return new Decision.Accepted([new InvoiceEvent.Issued(c.On, facts, CollectionSchedule.DueDateFor(draft.InvoiceDate, c.On, rules.Tariffs))]);
    }

    /// <summary>
    /// The ledger as it would stand with late interest charged to <paramref name="day"/>: what a
    /// payment plan must sum to, and what staff see as today's balance. When a year on the way has no
    /// tariff yet, interest is charged through the last day the tariffs cover.
    /// </summary>
    public static Ledger LedgerOn(IssuedInvoice invoice, DateOnly day, InvoiceRules rules)
    {
        if (invoice is not OpenInvoice)
        {
            return invoice.Ledger;
        }

        var through = CollectionSchedule.InterestGap(invoice.Ledger, day, rules.Tariffs) is { } gap ? gap.AddDays(-1) : day;
        return invoice.Ledger.ChargedTo(AccruedThrough(invoice.Ledger, through, rules.Tariffs), through);
    }

    private static Decision.Refused Refuse(RefusalKind kind, string reason) => new(kind, reason);

    private static Decision.Refused Closed(IssuedInvoice invoice) =>
        Refuse(RefusalKind.WrongState, $"the invoice is already {invoice.Status.Replace('_', ' ')}");

    private static Decision.Accepted Accept(params InvoiceEvent[] events) => new(events);

    /// <summary>Interest accrued (exact) through <paramref name="day"/> when it runs; unchanged otherwise.</summary>
    private static decimal AccruedThrough(Ledger ledger, DateOnly day, TariffBook tariffs) =>
        ledger.InterestRunning && day > ledger.InterestThrough
            ? ledger.InterestAccrued + LateInterest.Accrue(ledger.Principal, ledger.InterestThrough, day, tariffs)
            : ledger.InterestAccrued;

    /// <summary>Refuses a change that must charge late interest through <paramref name="day"/> when a year on the way has no tariff yet.</summary>
    private static Decision.Refused? InterestUnpriced(Ledger ledger, DateOnly day, InvoiceRules rules) =>
        CollectionSchedule.InterestGap(ledger, day, rules.Tariffs) is { } gap
            ? Refuse(RefusalKind.WrongState, $"no tariff is configured for {gap.Year}: the late interest to {Iso(day)} cannot be computed until it is added")
            : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
