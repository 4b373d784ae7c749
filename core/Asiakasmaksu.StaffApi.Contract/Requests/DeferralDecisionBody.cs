using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A supervisor's or director's decision on a deferral request.</summary>
/// <param name="Approve">True to approve.</param>
/// <param name="Note">The grounds (optional).</param>
public sealed record DeferralDecisionBody(
    bool Approve,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null);
