namespace Asiakasmaksu.Application.Search;

/// <summary>What the client search found.</summary>
/// <param name="MatchedBy">client_id, name, reference, invoice_id or personal_identity_code.</param>
/// <param name="ClientId">The client.</param>
/// <param name="Name">The client's name.</param>
/// <param name="InvoiceId">The invoice, when an invoice was found (by its id or reference).</param>
public sealed record SearchHit(string MatchedBy, string ClientId, string? Name, string? InvoiceId);
