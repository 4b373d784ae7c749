using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// One accepted line of a billing file (laskutusaineisto). Holds personal data (name, address,
/// henkilötunnus): never logged. <see cref="ContentHash"/> identifies the content, so that a
/// repeated (batch_id, line_id) with the same content is recognised as the same line.
/// </summary>
/// <param name="LineNumber">The line in the file where the record starts (the header is line 1).</param>
/// <param name="BatchId">The billing batch.</param>
/// <param name="LineId">The line's id, unique within the batch.</param>
/// <param name="ClientId">The client.</param>
/// <param name="Client">The client's name and address.</param>
/// <param name="Language">The client's language.</param>
/// <param name="ServiceCode">The service billed.</param>
/// <param name="ServiceDate">The day of the service.</param>
/// <param name="Amount">The amount.</param>
/// <param name="CountsTowardCeiling">Whether the fee counts toward the annual ceiling.</param>
/// <param name="InvoiceDate">The invoice date.</param>
/// <param name="Email">Where notices are emailed, if anywhere.</param>
/// <param name="Representative">The guardian or relative who receives the mail, if any.</param>
/// <param name="Quantity">Quantity, when given.</param>
/// <param name="UnitPrice">Unit price, when given.</param>
/// <param name="ContentHash">A hash of every field (including the henkilötunnus, which is not kept otherwise).</param>
/// <param name="Category">How the line is charged after the annual ceiling (service_category; ordinary when absent).</param>
/// <param name="Days">Care days of a short-term institutional care line (at least 1); 0 otherwise.</param>
/// <param name="CeilingHolderId">The client id whose ceiling the line counts toward (a minor's guardian), when given.</param>
/// <param name="EInvoice">The e-invoice address of whoever receives the mail, when given.</param>
public sealed record BillingLine(
    int LineNumber,
    string BatchId,
    string LineId,
    string ClientId,
    PostalAddress Client,
    Language Language,
    string ServiceCode,
    DateOnly ServiceDate,
    Money Amount,
    bool CountsTowardCeiling,
    DateOnly InvoiceDate,
    string? Email,
    PostalAddress? Representative,
    decimal? Quantity,
    Money? UnitPrice,
    string ContentHash,
    ServiceCategory Category = ServiceCategory.Ordinary,
    int Days = 0,
    string? CeilingHolderId = null,
    EInvoiceAddress? EInvoice = null)
{
    /// <summary>Whose annual ceiling (maksukatto) account the line counts toward: <see cref="CeilingHolderId"/>, else the client.</summary>
    public string CeilingHolder => CeilingHolderId ?? ClientId;

    /// <summary>
    /// The invoice line this billing line becomes, charged <paramref name="charged"/> (what the annual
    /// ceiling leaves of <see cref="Amount"/>; null or equal: charged as billed).
    /// </summary>
    public InvoiceLine ToInvoiceLine(Money? charged = null) =>
        new(LineId, ServiceCode, ServiceDate, charged ?? Amount, CountsTowardCeiling, Quantity, UnitPrice, charged is { } c && c != Amount ? Amount : null, CeilingHolderId);

    /// <summary>The key of the line in its ceiling account: <c>{batch_id}/{line_id}</c> (unique across every billing file).</summary>
    public string CeilingLineKey => CeilingLine.KeyOf(BatchId, LineId);

    /// <summary>The line as its annual ceiling account sees it.</summary>
    public CeilingLine ToCeilingLine() => new(CeilingLineKey, ClientId, ServiceDate, Amount, CountsTowardCeiling, Category, Days, ServiceCode);

    /// <summary>Who receives the mail: the representative when named, else the client (with the e-invoice address, when given).</summary>
    public Recipient Recipient => new(Representative ?? Client, Email, Representative is not null) { EInvoice = EInvoice };
}
