namespace Asiakasmaksu.Application.Audit;

/// <summary>
/// One append-only audit entry: who, in which role, when, what, on which invoice or client, the
/// outcome, the reason given and the refusal reason, and a summary of the invoice before and
/// after. Holds no henkilötunnus and no names or addresses.
/// </summary>
/// <param name="Id">Unique id (time-ordered).</param>
/// <param name="At">When.</param>
/// <param name="StaffId">Who.</param>
/// <param name="Role">In which role.</param>
/// <param name="Action">What was asked, e.g. "deferral".</param>
/// <param name="InvoiceId">The invoice, if one.</param>
/// <param name="ClientId">The client, if known.</param>
/// <param name="Outcome">applied, unchanged, refused, conflict, not_found.</param>
/// <param name="Why">The reason the actor gave.</param>
/// <param name="RefusalReason">Why it was refused, if it was.</param>
/// <param name="Before">The invoice before (status, stage, due date, balance), if any.</param>
/// <param name="After">The invoice after, if changed.</param>
/// <param name="Details">What was asked, e.g. "newDueDate=2026-05-04".</param>
public sealed record AuditRecord(
    string Id,
    DateTimeOffset At,
    string StaffId,
    string Role,
    string Action,
    string? InvoiceId,
    string? ClientId,
    string Outcome,
    string Why,
    string? RefusalReason,
    string? Before,
    string? After,
    string Details);
