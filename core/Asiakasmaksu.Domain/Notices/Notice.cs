using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Domain.Notices;

/// <summary>
/// A notice to send, as data: what, to whom, in which language, with the amounts and dates it
/// shows. Rendering (text, HTML, PDF) is separate. <see cref="Id"/> is deterministic, so that a
/// retried step never sends it twice.
/// </summary>
/// <param name="Id">Deterministic id: the invoice id and the number of the event that caused it.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Date">Its date.</param>
/// <param name="Language">The client's language.</param>
/// <param name="Recipient">Who receives it.</param>
/// <param name="ClientName">The client's name (shown when the recipient is someone else).</param>
/// <param name="ClientId">The client's id.</param>
/// <param name="BatchId">The billing batch, when the notice concerns one invoice.</param>
/// <param name="InvoiceId">The invoice, when the notice concerns one.</param>
/// <param name="Amounts">Principal, fees, interest and total shown.</param>
/// <param name="DueDate">The due date shown, if any.</param>
/// <param name="Reference">The national reference (viitenumero) digits, if payment is asked.</param>
/// <param name="Details">What only some kinds carry (lines, installments, earlier due date, invoices written off).</param>
public sealed record Notice(
    string Id,
    NoticeKind Kind,
    DateOnly Date,
    Language Language,
    Recipient Recipient,
    string ClientName,
    string ClientId,
    string? BatchId,
    InvoiceId? InvoiceId,
    NoticeAmounts Amounts,
    DateOnly? DueDate,
    string? Reference,
    NoticeDetails Details)
{
    /// <summary>The readable number of the invoice the notice concerns (<see cref="InvoiceFacts.InvoiceNumber"/>); null when it concerns none or the invoice has none.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>True when the notice goes by email; otherwise it is a printed letter.</summary>
    public bool GoesByEmail => !string.IsNullOrWhiteSpace(Recipient.Email);
}
