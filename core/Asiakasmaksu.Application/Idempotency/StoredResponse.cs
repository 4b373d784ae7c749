namespace Asiakasmaksu.Application.Idempotency;

/// <summary>An answer kept for replay: status code, content type and body.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="ContentType">Content type.</param>
/// <param name="Body">Body bytes (UTF-8 JSON).</param>
public sealed record StoredResponse(int StatusCode, string ContentType, byte[] Body);
