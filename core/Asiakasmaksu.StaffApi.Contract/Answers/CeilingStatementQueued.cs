namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A ceiling statement notice queued in the outbox.</summary>
/// <param name="Outcome">queued.</param>
/// <param name="NoticeId">The notice.</param>
/// <param name="Kind">ceiling_statement.</param>
/// <param name="Year">The year.</param>
/// <param name="AuditId">The audit record.</param>
public sealed record CeilingStatementQueued(string Outcome, string NoticeId, string Kind, int Year, string AuditId);
