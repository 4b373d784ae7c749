using System.Text.Json;

namespace Asiakasmaksu.StaffApi.Tests.Host;

/// <summary>An HTTP answer: status, media type and body, with JSON accessors.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="MediaType">The content type's media type.</param>
/// <param name="Body">The body text.</param>
public sealed record ApiReply(int Status, string? MediaType, string Body)
{
    /// <summary>
    /// The response's headers that the tests look at (<c>X-Content-Type-Options</c>, <c>Content-Security-Policy</c>),
    /// as "Name: value" lines in order of name; a string, so that two replies compare by value.
    /// </summary>
    public string SecurityHeaders { get; init; } = string.Empty;

    /// <summary>The body as JSON.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The items of a page of a list (<c>{items, continuation}</c>).</summary>
    public JsonElement Items => Json.GetProperty("items");

    /// <summary>A string member of the body object (null when absent or null).</summary>
    public string? this[string name] => Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The problem's detail.</summary>
    public string? Detail => this["detail"];

    /// <summary>The problem's field.</summary>
    public string? Field => this["field"];

    /// <summary>The invoice state in a change's answer ("invoice") or a 409 problem ("current").</summary>
    public JsonElement State => Json.TryGetProperty("invoice", out var i) ? i : Json.GetProperty("current");

    /// <summary>For assertion messages.</summary>
    public override string ToString() => $"{Status} {MediaType} {Body}";
}
