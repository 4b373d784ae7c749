using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>
/// A request's JSON body: checked to be <c>application/json</c> (415 otherwise), read with a size
/// limit, checked to be UTF-8 and parsed (duplicate fields refused); problems throw
/// <see cref="BadRequest"/> naming "Content-Type" or "body".
/// </summary>
public sealed class RequestBody : IDisposable
{
    /// <summary>The largest body accepted.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 16, AllowDuplicateProperties = false };

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
        CheckContentType(request.ContentType);
        if (request.ContentLength > MaxBytes)
        {
            throw TooLarge();
        }

        var bytes = await ReadBytesAsync(request.Body, cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            throw new BadRequest("body", "The body is empty; send a JSON object.");
        }

        if (!Utf8.IsValid(bytes))
        {
            throw new BadRequest("body", "The body is not valid UTF-8.");
        }

        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            throw new BadRequest("body", "The body starts with a byte order mark; send UTF-8 JSON without one.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, ParseOptions);
        }
        catch (JsonException e)
        {
            var where = $"line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}";
            throw new BadRequest("body", e.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase)
                ? $"The body names a field twice ({where})."
                : $"The body is not valid JSON ({where}).");
        }
        catch (InvalidOperationException)
        {
            // Checking field names for duplicates unescapes them; "\udfff" alone is no text.
            throw new BadRequest("body", "A field name contains broken characters (an unpaired surrogate escape such as \\ud800).");
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

    /// <summary>Accepts application/json and any +json type, in UTF-8 (the default) only.</summary>
    private static void CheckContentType(string? contentType)
    {
        const string Expected = "Send the body as application/json (UTF-8).";
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            throw new BadRequest("Content-Type", Expected, StatusCodes.Status415UnsupportedMediaType);
        }

        var type = media.MediaType.Value ?? string.Empty;
        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var charset = media.Charset.Value;
        if (!json || (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new BadRequest("Content-Type", Expected, StatusCodes.Status415UnsupportedMediaType);
        }
    }

    private static async Task<byte[]> ReadBytesAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw TooLarge();
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e)
        {
            // Kestrel could not read the body (bad chunked encoding, too slow, beyond its own limit).
            throw new BadRequest("body", "The body could not be read as sent.", e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status400BadRequest);
        }

        return buffer.ToArray();
    }

    private static BadRequest TooLarge() => new("body", $"The body is larger than {MaxBytes / 1024} KiB.");
}
