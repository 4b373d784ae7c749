using System.Globalization;
using System.Text;
using System.Text.Json;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using CsCheck;

namespace Asiakasmaksu.StaffApi.Tests.Malformed;

/// <summary>
/// Generated requests for every POST endpoint (CsCheck): random JSON built around the endpoint's
/// field names, random bytes, random content types and route ids. Whatever comes, the answer is
/// never a 5xx, an error is always an RFC 7807 problem and a success is JSON.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class MalformedFuzzTests(StaffApiFixture fixture)
{
    private static readonly string[] Interesting =
    [
        "\"2026-03-04\"", "\"2026-02-30\"", "\"2026-04-17\"", "\"10.00\"", "\"1.001\"", "-1", "0", "1e308", "1e-308", "12345678901234567890123456789012345",
        "\"erroneous_invoice\"", "\"erroneous_transfer\"", "true", "false", "null", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"131052-308T\"", "\"131052 \\u2013 308T\"", "\"\\u202e\\u200b\"", "\"2020-01-01\"", "[]", "{}",
    ];

    private static readonly string[] ContentTypes = ["application/json", "application/json", "application/json", "text/plain", "application/problem+json", "application/json; charset=utf-8", "*/*", "application/json; charset=\"utf-16\""];

    public static TheoryData<string> PostRoutes => [.. PostEndpoint.All.Select(e => e.Route)];

    [Theory]
    [MemberData(nameof(PostRoutes))]
    public async Task GeneratedRequests_NeverGetA5xxAndErrorsAreProblems(string route)
    {
        fixture.SetDay();
        var endpoint = PostEndpoint.All.Single(e => e.Route == route);
        var id = await fixture.SeedOneAsync();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["invoiceId"] = id.Value,
            ["clientId"] = (await fixture.StoredAsync(id)).State.Facts.ClientId,
            ["requestId"] = "dr-00000000000000ab",
            ["claimId"] = "rc-00000000000000ab",
        };

        var sent = 0;
        await Requests(endpoint, ids).SampleAsync(
            async c =>
            {
                Interlocked.Increment(ref sent);
                if (await MalformedSender.CheckAsync(fixture.Http, StaffKeys.Team, c) is { } failure)
                {
                    Assert.Fail(failure);
                }
            },
            iter: 150,
            threads: 2,
            print: c => $"{c.Method} {c.Path} [{c.ContentType}] {Encoding.UTF8.GetString(c.Body ?? [])}");

        Assert.True(sent >= 150, $"only {sent} requests were generated");
    }

    private static Gen<MalformedCase> Requests(PostEndpoint endpoint, IReadOnlyDictionary<string, string> ids)
    {
        var names = endpoint.Fields.Select(f => f.Name).Append("installments").Append("dueDate").Append("amount").ToArray();
        var body = Gen.Frequency(
            (6, JsonObject(names, 3).Select(Encoding.UTF8.GetBytes)),
            (1, Value(names, 2).Select(Encoding.UTF8.GetBytes)),
            (1, Gen.Byte.Array[0, 200]));
        var routeValue = Gen.Frequency(
            (8, Gen.Const(string.Empty)),
            (1, Gen.String[Gen.Char, 1, 40].Select(s => Uri.EscapeDataString(s.Replace("\0", string.Empty, StringComparison.Ordinal) + "x"))));
        return Gen.Select(body, Gen.OneOf(ContentTypes.Select(Gen.Const).ToArray()), routeValue, Gen.Int[0, endpoint.RouteParameters.Count()], (bytes, contentType, badId, which) =>
        {
            var values = new Dictionary<string, string>(ids);
            var parameter = endpoint.RouteParameters.ElementAtOrDefault(which);
            if (badId.Length > 0 && parameter is not null)
            {
                values[parameter] = badId;
            }

            return new MalformedCase("generated", HttpMethod.Post, endpoint.Path(values), bytes, contentType, Guid.NewGuid().ToString(), false, [200, 202, 400, 403, 404, 409, 415, 422], null);
        });
    }

    private static Gen<string> JsonObject(string[] names, int depth) =>
        Gen.Select(Gen.Frequency((5, Gen.OneOf(names.Select(Gen.Const).ToArray())), (1, Gen.String[Gen.Char, 0, 12])), Value(names, depth - 1))
            .Array[0, 5]
            .Select(members => "{" + string.Join(',', members.Select(m => $"{JsonSerializer.Serialize(m.Item1)}:{m.Item2}")) + "}");

    private static Gen<string> Value(string[] names, int depth)
    {
        var scalar = Gen.Frequency(
            (3, Gen.OneOf(Interesting.Select(Gen.Const).ToArray())),
            (2, Gen.String[Gen.Char, 0, 30].Select(s => JsonSerializer.Serialize(s))),
            (1, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
            (1, Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "0")),
            (1, Gen.Decimal.Select(d => d.ToString(CultureInfo.InvariantCulture))));
        return depth <= 0
            ? scalar
            : Gen.Frequency(
                (5, scalar),
                (1, Value(names, depth - 1).Array[0, 4].Select(items => "[" + string.Join(',', items) + "]")),
                (1, JsonObject(names, depth - 1)));
    }
}
