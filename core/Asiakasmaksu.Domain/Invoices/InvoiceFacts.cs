namespace Asiakasmaksu.Domain.Invoices;

/// <summary>What an invoice is: who, what and when. Only a rectification changes <see cref="Amount"/>.</summary>
/// <param name="Id">The invoice id.</param>
/// <param name="BatchId">The billing batch it came from.</param>
/// <param name="ClientId">The client's id in the billing system.</param>
/// <param name="InvoiceDate">The invoice date (laskun päiväys).</param>
/// <param name="Amount">The principal billed (sum of the lines, or the rectified amount).</param>
/// <param name="Reference">The Finnish national reference (viitenumero), digits with the check digit.</param>
/// <param name="Language">The language the client is served in.</param>
/// <param name="Client">The client's own name and address.</param>
/// <param name="Recipient">Who receives the mail.</param>
/// <param name="Lines">The billed services.</param>
public sealed record InvoiceFacts(
    InvoiceId Id,
    string BatchId,
    string ClientId,
    DateOnly InvoiceDate,
    Money Amount,
    string Reference,
    Language Language,
    PostalAddress Client,
    Recipient Recipient,
    ValueList<InvoiceLine> Lines)
{
    /// <summary>
    /// The invoice's readable number (digits only, at most 10, unique within the issuer,
    /// <see cref="References.InvoiceNumbers"/>), allocated at import; null for invoices issued before
    /// numbers were allocated (notices then show the invoice id).
    /// </summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>True when any line counts toward the annual ceiling.</summary>
    public bool AnyLineCountsTowardCeiling => Lines.Any(l => l.CountsTowardCeiling);
}
