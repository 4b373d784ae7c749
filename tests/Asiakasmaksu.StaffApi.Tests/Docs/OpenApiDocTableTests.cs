using System.Text.Json;
using System.Text.RegularExpressions;
using Asiakasmaksu.StaffApi.Tests.Host;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.StaffApi.Tests.Docs;

/// <summary>
/// The endpoints table of docs/staff-api.md against the OpenAPI document the API serves (issue 18):
/// the same operations, the same request body members, the same success status, and the paging
/// parameters on exactly the endpoints the table says answer a page.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed partial class OpenApiDocTableTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenTheEndpointsTable_ThenItListsExactlyTheOperationsOfTheOpenApiDocument()
    {
        var openApi = await OpenApiAsync();
        var documented = Rows().Select(r => $"{r.Method} {r.Path}").Order(StringComparer.Ordinal).ToList();
        var served = openApi.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(served, documented);
    }

    [Fact]
    public async Task GivenEachRow_ThenItsBodyMembersSuccessStatusAndQueryParametersAreTheOpenApiDocuments()
    {
        var answers = new OpenApiAnswers(await OpenApiAsync());
        foreach (var row in Rows())
        {
            var operation = answers.Operation(row.Method, row.Path);
            var successes = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Where(s => s.StartsWith('2')).ToList();
            Assert.True(successes.SequenceEqual([row.Success]), $"{row.Method} {row.Path}: the page says {row.Success}, OpenAPI {string.Join(", ", successes)}");
            var query = operation.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
                : [];
            Assert.True(row.Query.All(query.Contains), $"{row.Method} {row.Path}: the page filters by {string.Join(", ", row.Query)}, OpenAPI has {string.Join(", ", query)}");
            Assert.True(row.Pages == (query.Contains("limit") && query.Contains("continuation")), $"{row.Method} {row.Path}: the page {(row.Pages ? "says" : "does not say")} it answers a page; OpenAPI parameters {string.Join(", ", query)}");
            if (row.Body is { } body)
            {
                var schema = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
                Assert.True(body.Order(StringComparer.Ordinal).SequenceEqual(answers.SchemaMembers(schema).Order(StringComparer.Ordinal)), $"{row.Method} {row.Path}: the page's body has {string.Join(", ", body)}, OpenAPI's {string.Join(", ", answers.SchemaMembers(schema))}");
            }
        }
    }

    private async Task<JsonElement> OpenApiAsync()
    {
        var reply = await fixture.As(null).GetAsync("/openapi/v1.json");
        Assert.Equal(200, reply.Status);
        return reply.Json;
    }

    /// <summary>The rows of the endpoints table: method, path, query filters, body members (when shown as {…}), success status, whether it answers a page.</summary>
    private static List<Row> Rows()
    {
        var rows = new List<Row>();
        foreach (var line in DocPages.Text("staff-api.md").Split('\n'))
        {
            var m = TableRow().Match(line.TrimEnd('\r'));
            if (!m.Success)
            {
                continue;
            }

            var target = m.Groups["target"].Value.Split('?', 2);
            var query = target.Length > 1 ? QueryName().Matches(target[1]).Select(q => q.Groups[1].Value).ToList() : [];
            var bodyCell = m.Groups["body"].Value.Trim();
            var body = bodyCell.StartsWith("`{", StringComparison.Ordinal) ? TopLevelMembers(bodyCell.Trim('`')) : null;
            var success = m.Groups["success"].Value;
            rows.Add(new Row(m.Groups["method"].Value, target[0], query, body, StatusCode().Match(success).Value, success.Contains("a page", StringComparison.Ordinal)));
        }

        return rows;
    }

    /// <summary>The member names at the top level of <c>{a, b: x \| y, c: [{d, e}], f?}</c>.</summary>
    private static List<string> TopLevelMembers(string shape)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 1;
        for (var i = 1; i < shape.Length; i++)
        {
            depth += shape[i] is '{' or '[' ? 1 : shape[i] is '}' or ']' ? -1 : 0;
            if ((shape[i] == ',' && depth == 0) || depth < 0)
            {
                names.Add(MemberName().Match(shape[start..i]).Value);
                start = i + 1;
            }
        }

        return names;
    }

    private sealed record Row(string Method, string Path, IReadOnlyList<string> Query, IReadOnlyList<string>? Body, string Success, bool Pages);

    [GeneratedRegex(@"^\| `(?<method>GET|POST) (?<target>/api/[^`]*)` \| (?<body>.*?) \| (?<success>.*) \|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"(?:^|&)([a-zA-Z]+)=")]
    private static partial Regex QueryName();

    [GeneratedRegex(@"[a-zA-Z]+")]
    private static partial Regex MemberName();

    [GeneratedRegex(@"\b[2-5]\d\d\b")]
    private static partial Regex StatusCode();
}
