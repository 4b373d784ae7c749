using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>The decision on a rectification claim (supervisor or director).</summary>
/// <param name="Accepted">True when the claim is accepted.</param>
/// <param name="NewAmount">The rectified amount, when accepted with a new amount.</param>
/// <param name="Note">The grounds (optional).</param>
public sealed record RectificationDecisionBody(
    bool Accepted,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? NewAmount = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null);
