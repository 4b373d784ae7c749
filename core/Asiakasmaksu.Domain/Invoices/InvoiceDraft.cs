namespace Asiakasmaksu.Domain.Invoices;

/// <summary>An invoice to issue, as the billing import assembled it.</summary>
/// <param name="Id">The invoice id.</param>
/// <param name="BatchId">The billing batch.</param>
/// <param name="ClientId">The client.</param>
/// <param name="InvoiceDate">The invoice date.</param>
/// <param name="Reference">The national reference (digits with check digit).</param>
/// <param name="Language">The client's language.</param>
/// <param name="Client">The client's name and address.</param>
/// <param name="Recipient">Who receives the mail.</param>
/// <param name="Lines">The lines; their amounts sum to the invoice's amount.</param>
public sealed record InvoiceDraft(
    InvoiceId Id,
    string BatchId,
    string ClientId,
    DateOnly InvoiceDate,
    string Reference,
    Language Language,
    PostalAddress Client,
    Recipient Recipient,
    ValueList<InvoiceLine> Lines)
{
    /// <summary>The readable invoice number the import allocated (<see cref="References.InvoiceNumbers"/>), or null when none was.</summary>
    public string? InvoiceNumber { get; init; }
}
