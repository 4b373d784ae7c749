namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// Who receives an invoice's mail: the client, or with the client's consent a guardian
/// (edunvalvoja) or relative handling the client's affairs (seed 004).
/// </summary>
/// <param name="Address">Name and postal address the letter goes to.</param>
/// <param name="Email">Email address notices go to; null sends a printed letter.</param>
/// <param name="OnBehalfOfClient">True when the recipient is not the client.</param>
public sealed record Recipient(PostalAddress Address, string? Email, bool OnBehalfOfClient)
{
    /// <summary>The recipient's e-invoice address, when they take e-invoices (the billing file's einvoice columns); null otherwise.</summary>
    public EInvoiceAddress? EInvoice { get; init; }
}
