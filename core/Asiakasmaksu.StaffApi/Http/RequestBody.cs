using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>A request's JSON body, read with a size limit and parsed; problems throw <see cref="BadRequest"/> naming "body".</summary>
public sealed class RequestBody : IDisposable
{
    /// <summary>The largest body accepted.</summary>
    public const int MaxBytes = 64 * 1024;

    private readonly JsonDocument document;

    private RequestBody(JsonDocument document, byte[] bytes, IReadOnlyCollection<string> allowed)
    {
        this.document = document;
        Bytes = bytes;
        Fields = new JsonFields(document.RootElement, string.Empty, allowed);
    }

    /// <summary>The raw bytes (for the idempotency hash).</summary>
    public byte[] Bytes { get; }

    /// <summary>The body's fields.</summary>
    public JsonFields Fields { get; }

    /// <summary>Reads and parses the body of <paramref name="request"/>, allowing only <paramref name="allowedFields"/>.</summary>
    public static async Task<RequestBody> ReadAsync(HttpRequest request, IReadOnlyCollection<string> allowedFields, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            throw new BadRequest("body", $"The body is larger than {MaxBytes / 1024} KiB.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new BadRequest("body", $"The body is larger than {MaxBytes / 1024} KiB.");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            throw new BadRequest("body", "The body is empty; send a JSON object.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new BadRequest("body", $"The body is not valid JSON (line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}).");
        }

        try
        {
            return new RequestBody(document, bytes, allowedFields);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => document.Dispose();
}
