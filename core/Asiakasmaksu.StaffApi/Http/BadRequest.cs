using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>
/// A request the API cannot use; becomes a problem naming <see cref="Field"/>: 400 unless another
/// status fits better (415 for a body that is not JSON, 413 for one Kestrel refused as too large).
/// </summary>
public sealed class BadRequest(string field, string message, int statusCode = StatusCodes.Status400BadRequest) : Exception(message)
{
    /// <summary>The field (or "body", or a header name) at fault.</summary>
    public string Field { get; } = field;

    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; } = statusCode;
}
