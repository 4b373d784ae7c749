namespace Asiakasmaksu.StaffApi.Tests.Malformed;

/// <summary>
/// One bad request and what must come back: one of <paramref name="Statuses"/> as an RFC 7807
/// problem naming <paramref name="Field"/> (when not null).
/// </summary>
/// <param name="Name">What is wrong, for failure messages.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">Path and query, already escaped.</param>
/// <param name="Body">The body bytes, or null for none.</param>
/// <param name="ContentType">The Content-Type header, or null for none.</param>
/// <param name="IdempotencyKey">The Idempotency-Key header, or null for none.</param>
/// <param name="Chunked">True to send the body without Content-Length.</param>
/// <param name="Statuses">The statuses allowed.</param>
/// <param name="Field">The field the problem must name, or null.</param>
/// <param name="TransportLevel">
/// True when Kestrel itself refuses the request before any application code runs (a NUL in the
/// path): the status is still checked, but the answer has no body to be a problem.
/// </param>
public sealed record MalformedCase(string Name, HttpMethod Method, string Path, byte[]? Body, string? ContentType, string? IdempotencyKey, bool Chunked, int[] Statuses, string? Field, bool TransportLevel = false)
{
    /// <summary>A POST with a JSON body and a fresh key, expecting 400 naming <paramref name="field"/>.</summary>
    public static MalformedCase Post(string name, string path, byte[] body, string? field, int status = 400) =>
        new(name, HttpMethod.Post, path, body, "application/json", Guid.NewGuid().ToString(), false, [status], field);
}
