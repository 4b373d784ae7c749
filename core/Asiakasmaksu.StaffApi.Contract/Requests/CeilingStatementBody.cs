using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A request for the payment ceiling statement of a year.</summary>
/// <param name="Year">The calendar year, 2000–2099.</param>
/// <param name="Note">A note for the audit (optional).</param>
public sealed record CeilingStatementBody(
    int Year,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null);
