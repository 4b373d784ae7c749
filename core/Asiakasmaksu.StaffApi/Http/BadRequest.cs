namespace Asiakasmaksu.StaffApi.Http;

/// <summary>A request the API cannot use; becomes a 400 problem naming <see cref="Field"/>.</summary>
public sealed class BadRequest(string field, string message) : Exception(message)
{
    /// <summary>The field (or "body", or a header name) at fault.</summary>
    public string Field { get; } = field;
}
