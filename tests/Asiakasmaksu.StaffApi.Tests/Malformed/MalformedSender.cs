using System.Net.Http.Headers;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests.Malformed;

/// <summary>Sends malformed requests exactly as described (headers left out when null, chunked when asked) and judges the answers.</summary>
public static class MalformedSender
{
    /// <summary>Sends <paramref name="c"/> as <paramref name="key"/>; returns what is wrong with the answer, or null when it is right.</summary>
    public static async Task<string?> CheckAsync(HttpClient http, string key, MalformedCase c)
    {
        ApiReply reply;
        try
        {
            reply = await SendAsync(http, key, c);
        }
        catch (HttpRequestException e)
        {
            return $"{c.Name}: the request failed ({e.Message})";
        }

        return Judge(c, reply);
    }

    /// <summary>What is wrong with <paramref name="reply"/> to <paramref name="c"/>, or null.</summary>
    public static string? Judge(MalformedCase c, ApiReply reply)
    {
        if (reply.Status >= 500)
        {
            return $"{c.Name}: server error {reply}";
        }

        if (!c.Statuses.Contains(reply.Status))
        {
            return $"{c.Name}: expected {string.Join(" or ", c.Statuses)}, got {Clip(reply.ToString())}";
        }

        // A transport-level case is judged by its status alone; a generated request that happens to
        // be a valid change (e.g. a cancellation with a usable reason and note) is answered with success.
        if (c.TransportLevel || reply.Status < 400)
        {
            return null;
        }

        return ProblemIssue(reply) is { } issue
            ? $"{c.Name}: {issue}"
            : c.Field is not null && reply.Field != c.Field ? $"{c.Name}: expected field {c.Field}, got {Clip(reply.ToString())}" : null;
    }

    /// <summary>Why <paramref name="reply"/> is not an RFC 7807 problem, or null.</summary>
    public static string? ProblemIssue(ApiReply reply)
    {
        if (reply.MediaType != "application/problem+json")
        {
            return $"not application/problem+json: {Clip(reply.ToString())}";
        }

        try
        {
            var json = reply.Json;
            return json.GetProperty("status").GetInt32() != reply.Status ? "status member differs"
                : string.IsNullOrEmpty(json.GetProperty("type").GetString()) || string.IsNullOrEmpty(json.GetProperty("title").GetString()) || string.IsNullOrEmpty(json.GetProperty("detail").GetString())
                    ? "type, title or detail missing"
                    : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"not a problem object ({e.GetType().Name}): {Clip(reply.ToString())}";
        }
    }

    private static async Task<ApiReply> SendAsync(HttpClient http, string key, MalformedCase c)
    {
        using var request = new HttpRequestMessage(c.Method, c.Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (c.IdempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", c.IdempotencyKey);
        }

        if (c.Body is not null)
        {
            request.Content = c.Chunked ? new StreamContent(new ForwardOnlyStream(c.Body)) : new ByteArrayContent(c.Body);
            if (c.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
            }
        }

        using var response = await http.SendAsync(request);
        return new ApiReply((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static string Clip(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>A stream that cannot seek, so HttpClient sends it chunked (no Content-Length).</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
