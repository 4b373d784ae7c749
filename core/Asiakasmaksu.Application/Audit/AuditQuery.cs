namespace Asiakasmaksu.Application.Audit;

/// <summary>A filter over the audit; every part optional.</summary>
/// <param name="InvoiceId">Only this invoice.</param>
/// <param name="ClientId">Only this client.</param>
/// <param name="From">At or after.</param>
/// <param name="To">Before.</param>
/// <param name="Max">At most this many, newest last.</param>
public sealed record AuditQuery(string? InvoiceId, string? ClientId, DateTimeOffset? From, DateTimeOffset? To, int Max = 1000);
