using System.Text.Json;
using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>
/// One entry of an invoice's timeline (docs/simulate.md): the day, the type (invoiced, reminder,
/// payment, deferral, …) and the type's own members in the order written (amounts as strings, dates
/// yyyy-mm-dd, <c>role</c> and <c>staffId</c> for staff changes).
/// </summary>
public sealed record TimelineEntry
{
    /// <summary>The day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The type.</summary>
    public required string Type { get; init; }

    /// <summary>The type's own members.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Details { get; set; }

    /// <summary>A text member of <see cref="Details"/>, or null.</summary>
    public string? Text(string name) =>
        Details is { } d && d.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
