using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Deferrals;

/// <summary>
/// A team member's request for a deferral beyond their authority (up to 12 months), waiting for a
/// supervisor. Not decided by the end of <see cref="ExpiresOn"/> (5 bank days), it expires.
/// </summary>
/// <param name="Id">The request id.</param>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="ClientId">The invoice's client.</param>
/// <param name="NewDueDate">The due date asked for.</param>
/// <param name="Reason">Why, in the requester's words.</param>
/// <param name="Requester">Who asked.</param>
/// <param name="RequestedAt">When.</param>
/// <param name="ExpiresOn">The last day it can be decided.</param>
/// <param name="Status">pending, approved, rejected or expired.</param>
/// <param name="Decider">Who decided, if anyone.</param>
/// <param name="DecidedAt">When it was decided or expired.</param>
/// <param name="Note">The decider's note, or why it could not be applied.</param>
public sealed record DeferralRequest(
    string Id,
    InvoiceId InvoiceId,
    string ClientId,
    DateOnly NewDueDate,
    string Reason,
    Actor Requester,
    DateTimeOffset RequestedAt,
    DateOnly ExpiresOn,
    string Status,
    Actor? Decider,
    DateTimeOffset? DecidedAt,
    string? Note)
{
    /// <summary>True while it waits for a decision.</summary>
    public bool IsPending => Status == "pending";

    /// <summary>
    /// The id of its "requested" audit record, chosen when it was made and kept with it, so that a
    /// retry whose first attempt died before the record appends the same record (kept once); null
    /// for requests made before it was kept.
    /// </summary>
    public string? AuditId { get; init; }
}
