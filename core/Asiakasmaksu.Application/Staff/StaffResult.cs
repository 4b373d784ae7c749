using Asiakasmaksu.Application.Invoices;

namespace Asiakasmaksu.Application.Staff;

/// <summary>The outcome of a staff action, with the audit record it left.</summary>
/// <param name="Outcome">What happened to the invoice.</param>
/// <param name="AuditId">The audit record's id.</param>
public sealed record StaffResult(CommandOutcome Outcome, string AuditId);
