using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Store;

/// <summary>What lists show of an invoice without loading its history.</summary>
/// <param name="Id">The invoice.</param>
/// <param name="BatchId">Its batch.</param>
/// <param name="ClientId">Its client.</param>
/// <param name="InvoiceDate">Its date.</param>
/// <param name="DueDate">Its own due date (<see cref="IssuedInvoice.DueDate"/>); null only in headers stored before it was kept.</param>
/// <param name="NoticeDueDate">The due date its next step counts from (<see cref="Domain.Invoices.Stage.DueDate"/>): the invoice's, then the latest reminder's or letter's; null in enforcement and while awaiting a new due date.</param>
/// <param name="Amount">Its amount.</param>
/// <param name="Status">open, paid, written_off, waived or cancelled.</param>
/// <param name="Stage">Its stage name.</param>
/// <param name="Balance">What it owes.</param>
/// <param name="NextWakeUp">When it wakes next.</param>
/// <param name="Version">Its number of events.</param>
public sealed record InvoiceSummary(
    InvoiceId Id,
    string BatchId,
    string ClientId,
    DateOnly InvoiceDate,
    DateOnly? DueDate,
    DateOnly? NoticeDueDate,
    Money Amount,
    string Status,
    string Stage,
    Money Balance,
    DateOnly? NextWakeUp,
    int Version)
{
    /// <summary>The summary of <paramref name="invoice"/>.</summary>
    public static InvoiceSummary Of(IssuedInvoice invoice, DateOnly? nextWakeUp) => new(
        invoice.Facts.Id,
        invoice.Facts.BatchId,
        invoice.Facts.ClientId,
        invoice.Facts.InvoiceDate,
        invoice.DueDate,
        invoice.Stage.DueDate,
        invoice.Facts.Amount,
        invoice.Status,
        invoice.Stage.Name,
        invoice.Ledger.Total,
        nextWakeUp,
        invoice.Version);
}
