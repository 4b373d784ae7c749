namespace Asiakasmaksu.Domain.Notices;

/// <summary>
/// Which notices go out as e-invoices (Finvoice) to a recipient who has an e-invoice address.
/// Assumption, written down (docs/notices.md, "E-invoices"): only the invoice (Finvoice <c>INV01</c>,
/// a corrected invoice too) and the payment reminder (<c>INV08</c>, the reminder invoice). The seeds
/// call the reminder a reminder invoice (muistutuslasku, seed 002) and the later steps collection
/// letters (perintäkirje, seeds 000 and 002); Finvoice has a type for an invoice and a reminder
/// invoice and none for a payment demand; a payment demand of the Debt Collection Act (513/1999 5 §)
/// and the notice of transfer to enforcement are kept as documents the client holds, so they go out
/// as they would without the e-invoice address: by email when the recipient has one, else as printed
/// letters. So do confirmations, refusals and ceiling notices, which ask no new payment (a second
/// e-invoice for the same invoice would sit in the online bank beside the first). Change the kinds
/// here only with a legal opinion that the law allows e-invoicing them.
/// </summary>
public static class EInvoicing
{
    /// <summary>True for the kinds an e-invoice address receives as e-invoices: the invoice and the reminder.</summary>
    public static bool Covers(NoticeKind kind) => kind is NoticeKind.Invoice or NoticeKind.Reminder;

    /// <summary>
    /// True when <paramref name="notice"/> goes out as an e-invoice: its recipient has an e-invoice
    /// address, its kind is covered (<see cref="Covers"/>), and it asks for a payment (a reference, a due
    /// date and a positive total: the e-invoice's payment order needs all three).
    /// </summary>
    public static bool Applies(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.Recipient.EInvoice is not null
            && Covers(notice.Kind)
            && notice.Reference is not null
            && notice.DueDate is not null
            && notice.Amounts.Total.IsPositive;
    }
}
