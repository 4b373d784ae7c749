using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Application.Reporting;

/// <summary>
/// Writes an invoice's history as the timeline of docs/simulate.md and the staff API: an array
/// of <c>{date, type, …}</c>, amounts as strings with two decimals, dates yyyy-mm-dd. Internal
/// events (overdue, settled) are not shown.
/// </summary>
public static class TimelineJson
{
    /// <summary>Writes the timeline array of <paramref name="history"/>.</summary>
    public static void Write(Utf8JsonWriter w, IReadOnlyList<StoredEvent> history)
    {
        w.WriteStartArray();
        InvoiceState state = InvoiceState.None;
        foreach (var stored in history)
        {
            var before = state;
            state = InvoiceDecider.Evolve(state, stored.Event);
            var e = stored.Event;
            if (e.TimelineType is not { } type)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("date", Iso(e.On));
            w.WriteString("type", type);
            WriteDetails(w, e, (IssuedInvoice)state, before as IssuedInvoice);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDetails(Utf8JsonWriter w, InvoiceEvent e, IssuedInvoice after, IssuedInvoice? before)
    {
        switch (e)
        {
            case E.Issued i:
                Money(w, "amount", i.Facts.Amount);
                w.WriteString("dueDate", Iso(i.DueDate));
                break;
            case E.ReminderSent r:
                Notice(w, r.Fee, after, r.DueDate);
                break;
            case E.CollectionLetter1Sent l:
                Notice(w, l.Fee, after, l.DueDate);
                break;
            case E.CollectionLetter2Sent l:
                Notice(w, l.Fee, after, l.DueDate);
                break;
            case E.TransferredToEnforcement:
                Money(w, "interest", after.Ledger.Interest);
                Money(w, "amount", after.Ledger.Total);
                break;
            case E.PaymentReceived p:
                Money(w, "amount", p.Amount);
                w.WriteString("paidOn", Iso(p.PaidOn));
                Money(w, "toFees", p.Allocation.ToFees);
                Money(w, "toInterest", p.Allocation.ToInterest);
                Money(w, "toPrincipal", p.Allocation.ToPrincipal);
                Money(w, "toCredit", p.Allocation.ToCredit);
                if (p.Withdrawn is { } withdrawn)
                {
                    Money(w, "feesWithdrawn", withdrawn.Fees);
                    Money(w, "interestWithdrawn", withdrawn.Interest);
                }

                Who(w, p.Stamp);
                break;
            case E.DueDateDeferred d:
                w.WriteString("dueDate", Iso(d.NewDueDate));
                w.WriteString("previousDueDate", d.PreviousDueDate is { } previous ? Iso(previous) : null);
                w.WriteBoolean("inCollection", d.InCollection);
                Who(w, d.Stamp);
                break;
            case E.PaymentPlanAgreed a:
                Money(w, "amount", a.Installments.Aggregate(Domain.Money.Zero, (s, i) => s + i.Amount));
                w.WriteStartArray("installments");
                foreach (var installment in a.Installments)
                {
                    w.WriteStartObject();
                    w.WriteString("dueDate", Iso(installment.DueDate));
                    Money(w, "amount", installment.Amount);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                Who(w, a.Stamp);
                break;
            case E.InstallmentMissed m:
                w.WriteString("dueDate", Iso(m.InstallmentDueDate));
                Money(w, "amount", m.Shortfall);
                break;
            case E.WrittenOff wo:
                Money(w, "amount", wo.Amount);
                w.WriteString("inventoryDate", Iso(wo.InventoryDate));
                Who(w, wo.Stamp);
                break;
            case E.Waived wv:
                Money(w, "amount", wv.Amount);
                Who(w, wv.Stamp);
                break;
            case E.Cancelled c:
                Money(w, "amount", before?.Ledger.Total ?? Domain.Money.Zero);
                Money(w, "refunded", c.Refunded);
                Who(w, c.Stamp);
                break;
            case E.CollectionCostsRemoved r:
                Money(w, "fee", r.FeesRemoved);
                Money(w, "interest", r.InterestRemoved);
                Money(w, "refunded", r.Refunded);
                if (r.ToPrincipal is { } toPrincipal)
                {
                    Money(w, "toPrincipal", toPrincipal);
                }

                Who(w, r.Stamp);
                break;
            case E.RectificationClaimReceived rc:
                w.WriteString("claimId", rc.ClaimId);
                w.WriteString("receivedOn", Iso(rc.ReceivedOn));
                w.WriteBoolean("withinTimeLimit", rc.WithinTimeLimit);
                Who(w, rc.Stamp);
                break;
            case E.RectificationClaimRejected rr:
                w.WriteString("claimId", rr.ClaimId);
                w.WriteBoolean("accepted", false);
                w.WriteNumber("pausedDays", rr.PausedDays);
                Who(w, rr.Stamp);
                break;
            case E.RectificationClaimAccepted ra:
                w.WriteString("claimId", ra.ClaimId);
                w.WriteBoolean("accepted", true);
                if (ra.NewAmount is { } amount)
                {
                    Money(w, "amount", amount);
                }

                if (ra.NewDueDate is { } due)
                {
                    w.WriteString("dueDate", Iso(due));
                }

                Who(w, ra.Stamp);
                break;
        }
    }

    private static void Notice(Utf8JsonWriter w, Money fee, IssuedInvoice after, DateOnly dueDate)
    {
        Money(w, "fee", fee);
        Money(w, "interest", after.Ledger.Interest);
        Money(w, "amount", after.Ledger.Total);
        w.WriteString("dueDate", Iso(dueDate));
    }

    private static void Who(Utf8JsonWriter w, Stamp stamp)
    {
        w.WriteString("role", stamp.Actor.Role.Name());
        w.WriteString("staffId", stamp.Actor.StaffId);
    }

    private static void Money(Utf8JsonWriter w, string name, Money amount) => w.WriteString(name, amount.ToString());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
