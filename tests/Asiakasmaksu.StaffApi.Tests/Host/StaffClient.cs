using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Asiakasmaksu.StaffApi.Tests.Host;

/// <summary>Calls the API over HTTP as one staff member (bearer key), with a new Idempotency-Key per POST unless one is given.</summary>
public sealed class StaffClient(HttpClient http, string? key)
{
    /// <summary>GET <paramref name="path"/>.</summary>
    public Task<ApiReply> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>
    /// Every item of the paged list at <paramref name="path"/>: the first page, then each page its
    /// continuation asks for (docs/staff-api.md, "Lists"); fails on any answer but 200.
    /// </summary>
    public async Task<List<JsonElement>> GetAllAsync(string path)
    {
        var items = new List<JsonElement>();
        var next = path;
        for (var pages = 0; next is not null; pages++)
        {
            Assert.True(pages < 1000, $"{path} never ended");
            var reply = await GetAsync(next);
            Assert.True(reply.Status == 200, reply.ToString());
            items.AddRange(reply.Items.EnumerateArray());
            next = reply.Json.GetProperty("continuation").GetString() is { } token
                ? $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}continuation={Uri.EscapeDataString(token)}"
                : null;
        }

        return items;
    }

    /// <summary>POST <paramref name="body"/> serialized as JSON (property names as written).</summary>
    public Task<ApiReply> PostAsync(string path, object body, string? idempotencyKey = null) =>
        PostRawAsync(path, JsonSerializer.Serialize(body), idempotencyKey);

    /// <summary>POST raw text as application/json.</summary>
    public Task<ApiReply> PostRawAsync(string path, string json, string? idempotencyKey = null, string contentType = "application/json") =>
        PostBytesAsync(path, Encoding.UTF8.GetBytes(json), idempotencyKey ?? Guid.NewGuid().ToString(), contentType);

    /// <summary>POST raw bytes with the given headers (null leaves the header out).</summary>
    public Task<ApiReply> PostBytesAsync(string path, byte[] body, string? idempotencyKey, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return SendAsync(request);
    }

    /// <summary>Sends <paramref name="request"/> with this client's key.</summary>
    public async Task<ApiReply> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            if (key is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }

            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new ApiReply((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body)
            {
                SecurityHeaders = string.Join('\n', response.Headers.Where(h => h.Key is "X-Content-Type-Options" or "Content-Security-Policy").OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")),
            };
        }
    }
}
