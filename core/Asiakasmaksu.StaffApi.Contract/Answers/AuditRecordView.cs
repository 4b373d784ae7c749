namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>One audit record; <see cref="Before"/> and <see cref="After"/> summarise the invoice.</summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="At">The instant (ISO 8601, UTC).</param>
/// <param name="StaffId">Who.</param>
/// <param name="Role">The role they acted in.</param>
/// <param name="Action">What they did.</param>
/// <param name="InvoiceId">The invoice, or null.</param>
/// <param name="ClientId">The client, or null.</param>
/// <param name="Outcome">applied, unchanged, refused, …</param>
/// <param name="Reason">The reason they gave.</param>
/// <param name="Refusal">Why it was refused, or null.</param>
/// <param name="Before">The invoice before, as text.</param>
/// <param name="After">The invoice after, as text.</param>
/// <param name="Details">What was asked.</param>
public sealed record AuditRecordView(
    string Id,
    string At,
    string StaffId,
    string Role,
    string Action,
    string? InvoiceId,
    string? ClientId,
    string Outcome,
    string Reason,
    string? Refusal,
    string? Before,
    string? After,
    string Details);
