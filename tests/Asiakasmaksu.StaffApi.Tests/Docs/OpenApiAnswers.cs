using System.Text.Json;

namespace Asiakasmaksu.StaffApi.Tests.Docs;

/// <summary>What the OpenAPI document says an operation answers: its statuses and each answer's members.</summary>
/// <param name="Document">The document (/openapi/v1.json).</param>
internal sealed record OpenApiAnswers(JsonElement Document)
{
    /// <summary>The operation of <paramref name="method"/> on the path template matching <paramref name="path"/> (e.g. /api/invoices/abc → /api/invoices/{invoiceId}).</summary>
    public JsonElement Operation(string method, string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        foreach (var template in Document.GetProperty("paths").EnumerateObject())
        {
            var parts = template.Name.Trim('/').Split('/');
            if (parts.Length == segments.Length && parts.Zip(segments).All(p => p.First.StartsWith('{') || p.First == p.Second)
                && template.Value.TryGetProperty(method.ToLowerInvariant(), out var operation))
            {
                return operation;
            }
        }

        throw new InvalidOperationException($"The OpenAPI document has no {method} {path}.");
    }

    /// <summary>The members of the answer with <paramref name="status"/>, or null when the document gives it no schema.</summary>
    public IReadOnlyList<string>? Members(JsonElement operation, int status) =>
        operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)
        && response.TryGetProperty("content", out var content)
        && content.EnumerateObject().FirstOrDefault().Value is { ValueKind: JsonValueKind.Object } media
        && media.TryGetProperty("schema", out var schema)
            ? Properties(schema)
            : null;

    /// <summary>The members of the items of a page answer, or null.</summary>
    public IReadOnlyList<string>? ItemMembers(JsonElement operation, int status)
    {
        var response = operation.GetProperty("responses").GetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var page = Resolve(response.GetProperty("content").EnumerateObject().First().Value.GetProperty("schema"));
        return page.TryGetProperty("properties", out var p) && p.TryGetProperty("items", out var items) && items.TryGetProperty("items", out var item) ? Properties(item) : null;
    }

    /// <summary>The members of <paramref name="schema"/> (following references).</summary>
    public IReadOnlyList<string> SchemaMembers(JsonElement schema) => Properties(schema);

    private IReadOnlyList<string> Properties(JsonElement schema) =>
        Resolve(schema).TryGetProperty("properties", out var properties) ? [.. properties.EnumerateObject().Select(p => p.Name)] : [];

    private JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(Document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]));
        }

        foreach (var combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                foreach (var option in options.EnumerateArray())
                {
                    if (option.TryGetProperty("$ref", out _) || option.TryGetProperty("properties", out _))
                    {
                        return Resolve(option);
                    }
                }
            }
        }

        return schema;
    }
}
