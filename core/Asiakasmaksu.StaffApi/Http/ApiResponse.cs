using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>A response as bytes, so that it can be stored for Idempotency-Key replays and written the same way by both hosts.</summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="ContentType">application/json or application/problem+json.</param>
/// <param name="Body">UTF-8 JSON.</param>
public sealed record ApiResponse(int StatusCode, string ContentType, byte[] Body) : IResult
{
    /// <summary>An entity tag to send (reads of one invoice: its version, quoted); not kept for replays.</summary>
    public string? ETag { get; init; }

    /// <summary>A <c>Content-Disposition</c> to send (a file: <c>inline; filename="…"</c>); not kept for replays.</summary>
    public string? ContentDisposition { get; init; }

    /// <summary>As an ASP.NET Core result.</summary>
    public IResult ToResult() => this;

    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        if (ETag is not null)
        {
            httpContext.Response.Headers.ETag = ETag;
        }

        if (ContentDisposition is not null)
        {
            // A file (a notice as it was sent): never sniffed as something else, and an HTML one
            // shown on the app's origin runs nothing (its texts are escaped by the templates too).
            httpContext.Response.Headers.ContentDisposition = ContentDisposition;
            httpContext.Response.Headers.XContentTypeOptions = "nosniff";
            if (ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                httpContext.Response.Headers.ContentSecurityPolicy = "sandbox";
            }
        }

        httpContext.Response.ContentLength = Body.Length;
        await httpContext.Response.Body.WriteAsync(Body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
