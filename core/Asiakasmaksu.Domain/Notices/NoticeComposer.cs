using Asiakasmaksu.Domain.Invoices;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;

namespace Asiakasmaksu.Domain.Notices;

/// <summary>
/// Which notice an event causes, as data. Pure: the same event and states always give the same
/// notice with the same id. Events with no notice (overdue, payment, missed installment, claims,
/// write-off of a single invoice) give null; the estate write-off confirmation is composed once
/// per client by <see cref="ForEstateWriteOff"/>.
/// </summary>
public static class NoticeComposer
{
    /// <summary>The notice <paramref name="e"/> causes, given the states <paramref name="before"/> and <paramref name="after"/> it; null when none.</summary>
    public static Notice? For(InvoiceState before, InvoiceEvent e, IssuedInvoice after)
    {
        var ledger = after.Ledger;
        return e switch
        {
            E.Issued i => Make(after, NoticeKind.Invoice, i.On, Owed(ledger), i.DueDate, InvoiceDetails(after, false)),
            E.ReminderSent r => Make(after, NoticeKind.Reminder, r.On, Owed(ledger), r.DueDate, NoticeDetails.None),
            E.CollectionLetter1Sent l => Make(after, NoticeKind.CollectionLetter1, l.On, Owed(ledger), l.DueDate, NoticeDetails.None),
            E.CollectionLetter2Sent l => Make(after, NoticeKind.CollectionLetter2, l.On, Owed(ledger), l.DueDate, NoticeDetails.None),
            E.TransferredToEnforcement t => Make(after, NoticeKind.Enforcement, t.On, Owed(ledger), null, NoticeDetails.None),
            E.DueDateDeferred d => Make(after, NoticeKind.DeferralConfirmation, d.On, Owed(ledger), d.NewDueDate, NoticeDetails.None with { PreviousDueDate = d.PreviousDueDate }),
            E.PaymentPlanAgreed p => Make(after, NoticeKind.PaymentPlanConfirmation, p.On, Owed(ledger), p.Installments[0].DueDate, NoticeDetails.None with { Installments = p.Installments }),
            E.Waived w => Make(after, NoticeKind.WaiverConfirmation, w.On, Owed((before as IssuedInvoice)?.Ledger ?? ledger), null, NoticeDetails.None),
            E.RectificationClaimAccepted { NewDueDate: { } due } a => Make(after, NoticeKind.Invoice, a.On, Owed(ledger), due, InvoiceDetails(after, true)),
            _ => null,
        };
    }

    /// <summary>Evolves <paramref name="state"/> through <paramref name="events"/>, collecting the notices they cause.</summary>
    public static (InvoiceState After, IReadOnlyList<Notice> Notices) Apply(InvoiceState state, IEnumerable<InvoiceEvent> events)
    {
        var notices = new List<Notice>();
        foreach (var e in events)
        {
            var before = state;
            state = InvoiceDecider.Evolve(state, e);
            if (For(before, e, (IssuedInvoice)state) is { } notice)
            {
                notices.Add(notice);
            }
        }

        return (state, notices);
    }

    /// <summary>
    /// The one confirmation of an estate write-off, listing every invoice written off, to
    /// <paramref name="recipient"/> (the estate administrator).
    /// </summary>
    public static Notice ForEstateWriteOff(
        string noticeId,
        string clientId,
        string clientName,
        Language language,
        Recipient recipient,
        DateOnly on,
        DateOnly inventoryDate,
        IReadOnlyList<WrittenOffInvoice> invoices)
    {
        var total = invoices.Aggregate(Money.Zero, (sum, i) => sum + i.Amount);
        return new Notice(
            noticeId,
            NoticeKind.WriteOffConfirmation,
            on,
            language,
            recipient,
            clientName,
            clientId,
            null,
            null,
            new NoticeAmounts(Money.Zero, Money.Zero, Money.Zero, total),
            null,
            null,
            NoticeDetails.None with { WrittenOffInvoices = ValueList.From(invoices), InventoryDate = inventoryDate });
    }

    /// <summary>
    /// Tells the client that a requested deferral was not granted (rejected, or not decided within
    /// 5 bank days): the due date stays as it is. <paramref name="requestedDueDate"/> is what was asked.
    /// </summary>
    public static Notice ForDeferralRefused(string noticeId, IssuedInvoice invoice, DateOnly on, DateOnly requestedDueDate)
    {
        var notice = Make(invoice, NoticeKind.DeferralRefused, on, Owed(invoice.Ledger), invoice.Stage.DueDate, NoticeDetails.None with { PreviousDueDate = requestedDueDate });
        return notice with { Id = noticeId };
    }

    /// <summary>The deterministic id of the notice caused by event number <paramref name="eventNumber"/> of an invoice.</summary>
    public static string NoticeId(InvoiceId invoiceId, int eventNumber) => $"{invoiceId.Value}-{eventNumber:D4}";

    private static Notice Make(IssuedInvoice invoice, NoticeKind kind, DateOnly date, NoticeAmounts amounts, DateOnly? due, NoticeDetails details)
    {
        var f = invoice.Facts;
        return new Notice(
            NoticeId(f.Id, invoice.EventCount),
            kind,
            date,
            f.Language,
            f.Recipient,
            f.Client.Name,
            f.ClientId,
            f.BatchId,
            f.Id,
            amounts,
            due,
            f.Reference,
            details with { InvoiceDate = f.InvoiceDate })
        {
            InvoiceNumber = f.InvoiceNumber,
        };
    }

    private static NoticeDetails InvoiceDetails(IssuedInvoice invoice, bool correction) =>
        NoticeDetails.None with { Lines = invoice.Facts.Lines, IsCorrection = correction };

    private static NoticeAmounts Owed(Ledger l) => new(l.Principal, l.Fees, l.Interest, l.Total);
}
