namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>What the search found (<c>GET /api/search?q=</c>); never the query itself.</summary>
/// <param name="MatchedBy">client_id, name, reference, invoice_id, invoice_number or personal_identity_code.</param>
/// <param name="ClientId">The client.</param>
/// <param name="Name">The client's name on its invoices.</param>
/// <param name="InvoiceId">The invoice, when one was found by its id, readable number or reference.</param>
/// <param name="InvoiceNumber">That invoice's readable number (digits), when it has one.</param>
public sealed record SearchHitView(string MatchedBy, string ClientId, string? Name, string? InvoiceId, string? InvoiceNumber);
