using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A rectification claim (oikaisuvaatimus) received.</summary>
/// <param name="ReceivedOn">The day it arrived.</param>
/// <param name="Note">A note for the audit (optional).</param>
public sealed record RectificationClaimBody(
    DateOnly ReceivedOn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null);
