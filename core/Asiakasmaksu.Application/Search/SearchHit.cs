namespace Asiakasmaksu.Application.Search;

/// <summary>What the client search found.</summary>
/// <param name="MatchedBy">client_id, name, reference, invoice_id, invoice_number or personal_identity_code.</param>
/// <param name="ClientId">The client.</param>
/// <param name="Name">The client's name.</param>
/// <param name="InvoiceId">The invoice, when an invoice was found (by its id, number or reference).</param>
/// <param name="InvoiceNumber">That invoice's readable number, when it has one.</param>
public sealed record SearchHit(string MatchedBy, string ClientId, string? Name, string? InvoiceId, string? InvoiceNumber);
