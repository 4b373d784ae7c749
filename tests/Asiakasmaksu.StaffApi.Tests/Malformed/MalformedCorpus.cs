using System.Text;
using System.Text.Json.Nodes;

namespace Asiakasmaksu.StaffApi.Tests.Malformed;

/// <summary>
/// The table of malformed requests thrown at every endpoint: broken JSON, wrong types, impossible
/// dates, negative, over-precise and huge amounts, huge bodies and strings, missing and unknown
/// fields, wrong content types, missing or bad Idempotency-Keys, bad route ids and wrong methods.
/// Each breaks one thing, so the problem must name that thing.
/// </summary>
public static class MalformedCorpus
{
    private const string Raw = "__raw_json__";

    /// <summary>A NUL in the path: Kestrel answers 400 itself, before the application (no problem body is possible).</summary>
    private const string Nul = "%00";

    private static readonly string[] BadDates =
    [
        "\"2026-02-30\"", "\"2026-13-01\"", "\"2026-00-10\"", "\"2026-3-5\"", "\"05.03.2026\"", "\"2026-03-05T00:00:00\"", "\"\"", "\"1999-12-31\"",
        "\"2100-01-01\"", "\"0001-01-01\"", "\"9999-12-31\"", "\" 2026-03-04\"", "\"2026-03-04\\u0000\"", "20260305", "true", "[]", "{}", "\"yesterday\"",
    ];

    private static readonly string[] BadAmounts =
    [
        "-1", "\"-1.00\"", "0", "\"0\"", "\"0.00\"", "-0.001", "1.001", "\"1.001\"", "0.000001", "1e400", "\"1e3\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"",
        "10000000", "1000000.01", "\"1000000.01\"", "99999999999999999999999999999999", "\"1,50\"", "\" 12.00\"", "\"12.00 \"", "\"12.00€\"", "\"\"",
        "true", "[]", "{}", "\"0x10\"", "\"1 000\"",
    ];

    private static readonly string[] BadBools = ["\"true\"", "1", "0", "\"yes\"", "[]", "{}", "\"\""];

    private static readonly string[] BadInstallments =
    [
        "\"x\"", "42", "{}", "[]", "true",
        "[" + string.Join(',', Enumerable.Range(0, 37).Select(_ => """{"dueDate":"2026-04-17","amount":"1.00"}""")) + "]",
    ];

    /// <summary>Installments broken inside an element: the raw array and the path the problem must name.</summary>
    private static readonly (string Json, string Field)[] BadInstallmentElements =
    [
        ("[1,2]", "installments[0]"),
        ("[null]", "installments[0]"),
        ("""[{"dueDate":"2026-04-17"}]""", "installments[0].amount"),
        ("""[{"amount":"60.00"}]""", "installments[0].dueDate"),
        ("""[{"dueDate":"2026-04-17","amount":"30.00"},{"dueDate":"2026-02-30","amount":"30.00"}]""", "installments[1].dueDate"),
        ("""[{"dueDate":"2026-04-17","amount":"1.001"}]""", "installments[0].amount"),
        ("""[{"dueDate":"2026-04-17","amount":-60}]""", "installments[0].amount"),
        ("""[{"dueDate":"2026-04-17","amount":"60.00","memo":1}]""", "installments[0].memo"),
    ];

    /// <summary>
    /// Free texts that hold a henkilötunnus however it is spelled (issue 21, item 3): spaces around the
    /// sign, an en dash, no sign, U+2010, fullwidth digits, "HETU" and spaces, a zero-width space
    /// inside, a wrong check character, and more; as JSON string literals.
    /// </summary>
    private static readonly string[] HenkilotunnusTexts =
    [
        "\"client 131052-308T called\"", "\"131052 - 308T\"", "\"131052\u2013308T\"", "\"131052308T\"", "\"131052\u2010308T\"",
        "\"\uff11\uff13\uff11\uff10\uff15\uff12\uff0d\uff13\uff10\uff18\uff34\"", "\"HETU 131052 308T\"", "\"1310\u200b52-308T\"",
        "\"131052-308U\"", "\"131052-308t\"", "\"131052\u00a0-\u00a0308T\"", "\"1310\u00ad52\u2212308T\"", "\"13 10 52-308T\"",
        "\"hetu:131052A308T\"", "\"\ud835\udfcf\ud835\udfd1\ud835\udfcf\ud835\udfce\ud835\udfd3\ud835\udfd0-308T\"", "\"131052-308\u200bT\"",
        "\"note\\n131052-308T\"",
    ];

    /// <summary>Texts that say nothing (only spaces or invisible characters): refused where a text is required (issue 21, item 9).</summary>
    private static readonly string[] InvisibleTexts = ["\"\u200b\"", "\"\u200b\u200c\u200d\u2060\ufeff\"", "\"\u00ad\"", "\"\u3164\u115f\"", "\" \u3000\\n\\t\""];

    /// <summary>Bidirectional overrides that would make the audit show a text reordered: refused in every text.</summary>
    private static readonly string[] BidiTexts = ["\"\u202e\u200b\"", "\"ok \u202Edesrever\"", "\"\u2066x\u2069\""];

    private static readonly string[] BadCancellationReasons = ["\"ERRONEOUS_INVOICE\"", "\"other\"", "1", "[]", "{}", "\"erroneous invoice\""];

    /// <summary>Bad values for each kind of route id (already escaped for the path).</summary>
    private static readonly Dictionary<string, string[]> BadRouteIds = new(StringComparer.Ordinal)
    {
        ["invoiceId"] =
        [
            "x", "AAAAAAAA-BBBBBBBBBBBBBBBB", "aaaaaaaa-bbbbbbbbbbbbbbb1", "aaaaaaaa-bbbbbbbbbbbbbbbbb", new string('a', 300), Nul, "aaaaaaaa-bbbbbbbbbbbbbbbb%0A",
            "..%2F..", "%C3%A4%C3%A4", "%F0%9F%98%80", "a%20b", "%25", "%27or%271%27%3D%271",
        ],
        ["clientId"] = [new string('c', 65), Nul, "client%0A", "%7F", "a%01b", "131052-308T", "131052%E2%80%93308T", "HETU%20131052%20308T", "%EF%BC%91%EF%BC%93%EF%BC%91%EF%BC%90%EF%BC%95%EF%BC%92-308T", "C131052308T"],
        ["requestId"] = ["a%20b", "%C3%A4", new string('r', 101), "..%2F..", "-dr", Nul, "dr%23x"],
        ["claimId"] = ["a%20b", "%C3%A4", new string('r', 101), "..%2F..", "-rc", Nul, "rc%3Fx"],
    };

    /// <summary>Every malformed request for <paramref name="endpoint"/>, with valid route values <paramref name="ids"/>.</summary>
    public static IEnumerable<MalformedCase> For(PostEndpoint endpoint, IReadOnlyDictionary<string, string> ids)
    {
        var path = endpoint.Path(ids);
        var valid = endpoint.ValidBody();
        var first = endpoint.Fields[0].Name;

        foreach (var (name, bytes) in BrokenBodies(valid, first))
        {
            yield return MalformedCase.Post(name, path, bytes, "body");
        }

        yield return MalformedCase.Post("huge body with Content-Length", path, Padded(valid, first, 70 * 1024), "body");
        yield return new MalformedCase("huge body, chunked", HttpMethod.Post, path, Padded(valid, first, 70 * 1024), "application/json", Key(), true, [400], "body");
        yield return new MalformedCase("1 MiB body, chunked", HttpMethod.Post, path, Padded(valid, first, 1024 * 1024), "application/json", Key(), true, [400], "body");
        yield return MalformedCase.Post("unknown field", path, With(valid, "memo", "1"), "memo");
        yield return MalformedCase.Post("field name with a lone surrogate", path, Utf8(valid.ToJsonString().Insert(1, "\"\\udfff\":1,")), "body");
        yield return MalformedCase.Post("unknown field with a 300-character name", path, With(valid, new string('k', 300), "1"), null);

        foreach (var field in endpoint.Fields)
        {
            if (field.Required)
            {
                var without = valid.DeepClone().AsObject();
                without.Remove(field.Name);
                yield return MalformedCase.Post($"{field.Name} missing", path, Utf8(without.ToJsonString()), field.Name);
                yield return MalformedCase.Post($"{field.Name} null", path, With(valid, field.Name, "null"), field.Name);
            }

            foreach (var (value, expected) in BadValues(field))
            {
                yield return MalformedCase.Post($"{field.Name} = {Short(value)}", path, With(valid, field.Name, value), expected);
            }
        }

        foreach (var (name, contentType) in BadContentTypes)
        {
            yield return new MalformedCase($"Content-Type {name}", HttpMethod.Post, path, Utf8(valid.ToJsonString()), contentType, Key(), false, [415], "Content-Type");
        }

        yield return new MalformedCase("no Idempotency-Key", HttpMethod.Post, path, Utf8(valid.ToJsonString()), "application/json", null, false, [400], "Idempotency-Key");
        yield return new MalformedCase("Idempotency-Key of 201 characters", HttpMethod.Post, path, Utf8(valid.ToJsonString()), "application/json", new string('k', 201), false, [400], "Idempotency-Key");
        yield return new MalformedCase("Idempotency-Key of 10 KiB", HttpMethod.Post, path, Utf8(valid.ToJsonString()), "application/json", new string('k', 10 * 1024), false, [400], "Idempotency-Key");
        yield return new MalformedCase("Idempotency-Key with spaces", HttpMethod.Post, path, Utf8(valid.ToJsonString()), "application/json", "a b c", false, [400], "Idempotency-Key");

        foreach (var parameter in endpoint.RouteParameters)
        {
            foreach (var bad in BadRouteIds[parameter])
            {
                var badPath = endpoint.Path(new Dictionary<string, string>(ids) { [parameter] = bad });
                yield return MalformedCase.Post($"{parameter} = {Short(bad)}", badPath, Utf8(valid.ToJsonString()), parameter) with { TransportLevel = bad == Nul };
            }

            var emptyPath = endpoint.Path(new Dictionary<string, string>(ids) { [parameter] = string.Empty });
            yield return new MalformedCase($"{parameter} empty", HttpMethod.Post, emptyPath, Utf8(valid.ToJsonString()), "application/json", Key(), false, [404], null);
        }

        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            yield return new MalformedCase($"method {method}", method, path, method == HttpMethod.Get ? null : Utf8(valid.ToJsonString()), method == HttpMethod.Get ? null : "application/json", Key(), false, [405], null);
        }
    }

    /// <summary>Malformed reads: bad route ids, bad filters, unknown paths, wrong methods.</summary>
    public static IEnumerable<MalformedCase> ForReads(IReadOnlyDictionary<string, string> ids)
    {
        foreach (var bad in BadRouteIds["invoiceId"])
        {
            yield return Get($"invoiceId = {Short(bad)}", $"/api/invoices/{bad}", "invoiceId") with { TransportLevel = bad == Nul };
        }

        foreach (var bad in BadRouteIds["clientId"])
        {
            yield return Get($"clientId = {Short(bad)}", $"/api/clients/{bad}/invoices", "clientId") with { TransportLevel = bad == Nul };
        }

        foreach (var status in new[] { "OPEN", "unpaid", new string('s', 1000), "open&status=paid", Nul })
        {
            yield return Get($"client invoices status {Short(status)}", $"/api/clients/{ids["clientId"]}/invoices?status={status}", "status");
            yield return Get($"deferral requests status {Short(status)}", $"/api/deferral-requests?status={status}", "status");
        }

        string[] badInstants = ["2026-02-30", "yesterday", "1999-12-31", "0001-01-01T00:00:00Z", "9999-12-31", "2026-03-05T25:00:00Z", Nul, new string('9', 500), "2026-03-05T10:00:00+99:00"];
        foreach (var name in new[] { "from", "to" })
        {
            foreach (var bad in badInstants)
            {
                yield return Get($"audit {name} = {Short(bad)}", $"/api/audit?{name}={bad}", name);
            }
        }

        string[] lists = [$"/api/clients/{ids["clientId"]}/invoices", "/api/deferral-requests", "/api/payments/unmatched", $"/api/clients/{ids["clientId"]}/fee-reductions", "/api/audit", "/api/billing-files", "/api/payment-files", "/api/work/enforcement", "/api/work/rectification-claims"];
        var otherListsToken = Http.ContinuationToken.Encode("deferral-requests", [null], "0000000000000000001|dr-1");
        foreach (var list in lists)
        {
            foreach (var limit in new[] { "0", "1001", "-1", "abc", "1.5", string.Empty, "100000000000", "+5", " 5", Nul, "1&limit=2" })
            {
                yield return Get($"{list} limit {Short(limit)}", $"{list}?limit={limit}", "limit");
            }

            string[] badTokens =
            [
                "x", "c1.", "c1.!!!", "c1.AAAA", new string('A', 3000), Nul, "c1.bnVsbA", Http.ContinuationToken.Encode("audit", [null, null, null, null], "a b"),
                list.EndsWith("/deferral-requests", StringComparison.Ordinal) ? Http.ContinuationToken.Encode("audit", [null], "1") : otherListsToken, "c1.a&continuation=c1.b",
            ];
            foreach (var token in badTokens)
            {
                yield return Get($"{list} continuation {Short(token)}", $"{list}?continuation={Uri.EscapeDataString(token).Replace("%26", "&", StringComparison.Ordinal).Replace("%3D", "=", StringComparison.Ordinal).Replace("%2500", "%00", StringComparison.Ordinal)}", "continuation");
            }
        }

        // The search box: empty, blank, a NUL, too long, given twice, and a henkilötunnus in the URL however written (it must go in a POST body).
        foreach (var q in new[] { string.Empty, "%20%20", Nul, new string('a', 201), "a&q=b", "131052-308T", "131052%E2%80%93308T", "131052%20-%20308t", "%EF%BC%91%EF%BC%93%EF%BC%91%EF%BC%90%EF%BC%95%EF%BC%92-308T", "131052-308U" })
        {
            yield return Get($"search q = {Short(q)}", $"/api/search?q={q}", "q");
        }

        foreach (var days in new[] { "0", "32", "-1", "abc", "1.5", "+7", " 7", Nul, "7&days=8", new string('9', 400) })
        {
            yield return Get($"enforcement days = {Short(days)}", $"/api/work/enforcement?days={days}", "days");
        }

        yield return Get("audit invoiceId bad", "/api/audit?invoiceId=x", "invoiceId");
        yield return Get("audit clientId too long", $"/api/audit?clientId={new string('c', 65)}", "clientId");
        yield return Get("audit clientId control", "/api/audit?clientId=%0A", "clientId");
        yield return Get("audit clientId a henkilötunnus", "/api/audit?clientId=131052-308T", "clientId");
        yield return Get("audit clientId a henkilötunnus with an en dash", "/api/audit?clientId=131052%E2%80%93308T", "clientId");
        yield return new MalformedCase("unknown path", HttpMethod.Get, "/api/nothing-here", null, null, null, false, [404], null);
        yield return new MalformedCase("invoices without id", HttpMethod.Get, "/api/invoices", null, null, null, false, [404], null);
        yield return new MalformedCase("unknown invoice sub-path", HttpMethod.Get, $"/api/invoices/{ids["invoiceId"]}/history", null, null, null, false, [404], null);
        yield return new MalformedCase("POST to the audit", HttpMethod.Post, "/api/audit", Utf8("{}"), "application/json", Key(), false, [405], null);
        yield return new MalformedCase("DELETE an invoice", HttpMethod.Delete, $"/api/invoices/{ids["invoiceId"]}", null, null, null, false, [405], null);
        yield return new MalformedCase("PUT a client's invoices", HttpMethod.Put, $"/api/clients/{ids["clientId"]}/invoices", Utf8("{}"), "application/json", null, false, [405], null);
    }

    private static readonly (string Name, string? ContentType)[] BadContentTypes =
    [
        ("missing", null), ("text/plain", "text/plain"), ("application/xml", "application/xml"), ("multipart", "multipart/form-data; boundary=x"),
        ("form", "application/x-www-form-urlencoded"), ("latin-1 JSON", "application/json; charset=iso-8859-1"), ("garbage", "json"),
        ("near miss", "application/jsonx"), ("UTF-16 JSON", "application/json; charset=utf-16"),
    ];

    private static IEnumerable<(string Name, byte[] Bytes)> BrokenBodies(JsonObject valid, string first)
    {
        var json = valid.ToJsonString();
        yield return ("empty", []);
        yield return ("whitespace", Utf8("   "));
        yield return ("truncated", Utf8(json[..^1]));
        yield return ("only {", Utf8("{"));
        yield return ("array", Utf8("[]"));
        yield return ("null", Utf8("null"));
        yield return ("number", Utf8("42"));
        yield return ("string", Utf8("\"text\""));
        yield return ("true", Utf8("true"));
        yield return ("trailing content", Utf8(json + "x"));
        yield return ("two objects", Utf8(json + json));
        yield return ("single quotes", Utf8(json.Replace('"', '\'')));
        yield return ("comment", Utf8("/* c */" + json));
        yield return ("trailing comma", Utf8(json[..^1] + ",}"));
        yield return ("bare NaN", Utf8($"{{\"{first}\":NaN}}"));
        yield return ("nested 100 deep", Utf8($"{{\"{first}\":{new string('[', 100)}{new string(']', 100)}}}"));
        yield return ("duplicate field", Utf8(json[..^1] + "," + json[1..]));
        yield return ("invalid UTF-8", [.. Utf8($"{{\"{first}\":\""), 0xFF, 0xFE, .. Utf8("\"}")]);
        yield return ("overlong UTF-8", [.. Utf8($"{{\"{first}\":\""), 0xC0, 0xAF, .. Utf8("\"}")]);
        yield return ("UTF-8 encoded surrogate", [.. Utf8($"{{\"{first}\":\""), 0xED, 0xA0, 0x80, .. Utf8("\"}")]);
        yield return ("UTF-16", Encoding.Unicode.GetBytes(json));
        yield return ("byte order mark", [0xEF, 0xBB, 0xBF, .. Utf8(json)]);
        yield return ("NUL bytes", [0, 0, 0, 0]);
    }

    private static IEnumerable<(string Value, string? Field)> BadValues(BodyField field)
    {
        var name = field.Name;
        switch (field.Kind)
        {
            case FieldKind.Date:
                return BadDates.Select(v => (v, (string?)name));
            case FieldKind.Amount:
                return BadAmounts.Select(v => (v, (string?)name));
            case FieldKind.Bool:
                return BadBools.Select(v => (v, (string?)name));
            case FieldKind.CancellationReason:
                return BadCancellationReasons.Select(v => (v, (string?)name));
            case FieldKind.Installments:
                return BadInstallments.Select(v => (v, (string?)name)).Concat(BadInstallmentElements.Select(e => (e.Json, (string?)e.Field)));
            default:
                string[] always = ["42", "true", "[]", "{}", "\"a\\u0000b\"", "\"bell\\u0007\"", "\"\\ud800\"", "\"x\\udc00\"", $"\"{new string('t', 2001)}\"", .. HenkilotunnusTexts, .. BidiTexts];
                return (field.Required ? always.Concat(["\"\"", "\"   \"", .. InvisibleTexts]) : always).Select(v => (v, (string?)name));
        }
    }

    private static byte[] With(JsonObject valid, string field, string rawJson)
    {
        var body = valid.DeepClone().AsObject();
        body[field] = Raw;
        return Utf8(body.ToJsonString().Replace($"\"{Raw}\"", rawJson, StringComparison.Ordinal));
    }

    private static byte[] Padded(JsonObject valid, string field, int size) =>
        With(valid, field, $"\"{new string('p', size)}\"");

    private static MalformedCase Get(string name, string path, string field) => new(name, HttpMethod.Get, path, null, null, null, false, [400], field);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Key() => Guid.NewGuid().ToString();

    private static string Short(string text) => text.Length <= 40 ? text : $"{text[..20]}…({text.Length} chars)";
}
