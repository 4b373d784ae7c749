namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A deferral request (pending, approved, rejected or expired).</summary>
/// <param name="RequestId">Its id.</param>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="NewDueDate">The due date asked for.</param>
/// <param name="Status">pending, approved, rejected or expired.</param>
/// <param name="Reason">Why.</param>
/// <param name="RequestedBy">Who asked (staff id).</param>
/// <param name="RequestedAt">When (ISO 8601, UTC).</param>
/// <param name="ExpiresOn">The last day it can be decided.</param>
/// <param name="DecidedBy">Who decided, or null.</param>
/// <param name="DecidedAt">When, or null.</param>
/// <param name="Note">The decider's note, or null.</param>
public sealed record DeferralRequestView(
    string RequestId,
    string InvoiceId,
    DateOnly NewDueDate,
    string Status,
    string Reason,
    string RequestedBy,
    string RequestedAt,
    DateOnly ExpiresOn,
    string? DecidedBy,
    string? DecidedAt,
    string? Note);
