using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.StaffApi.Tests.Docs;

/// <summary>
/// docs/staff-api.md "Calling the local host" run as written (issue 18): the local host's keys from
/// its appsettings.json, the billing file example of docs/billing-file.md imported, the clock at
/// 9.2.2026 09:00; every curl call in page order on the loopback Kestrel host on Azurite, each
/// answer shown compared with the one given and with the OpenAPI document's schema.
/// </summary>
public sealed class StaffApiDocExampleTests
{
    private static readonly DateOnly Day = new(2026, 2, 9);

    [Fact]
    public async Task GivenTheBillingFileExample_WhenThePagesCallsAreMadeInOrder_ThenEachAnswerIsTheOneShownAndTheOpenApiSchemas()
    {
        await using var api = await StartAsync();
        using var http = new HttpClient { BaseAddress = api.Address };
        var openApi = new OpenApiAnswers(JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json")).RootElement);
        var variables = CurlCall.Assignments(DocPages.Example("staff-api.md", "staff-api.setup").Text, new Dictionary<string, string>());
        variables["API"] = api.Address.ToString().TrimEnd('/');
        var calls = 0;
        var blocks = DocPages.Blocks("staff-api.md").Select(b => b.Block).Where(b => b.Name is "staff-api.call" or "staff-api.answer").ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            Assert.True(blocks[i].Name == "staff-api.call", $"{blocks[i]}: an answer without a call before it");
            var call = CurlCall.Parse(blocks[i].Text, variables);
            var (status, body) = await SendAsync(http, call);
            calls++;
            Assert.True(i + 1 < blocks.Count && blocks[i + 1].Name == "staff-api.answer", $"{blocks[i]}: every call shows its answer");
            var shown = blocks[++i];
            Assert.True(int.Parse(shown.Argument!, System.Globalization.CultureInfo.InvariantCulture) == status, $"{shown}: the page shows status {shown.Argument}, the API answered {status} {body}");
            if (shown.Info == "csv")
            {
                // A download (the rejected lines): the text shown, byte for byte but the last line break.
                Assert.True(shown.Text.TrimEnd('\n') == body.TrimEnd('\n'), $"{shown} differs from the answer:\n{body}");
                Assert.True(openApi.Operation(call.Method.Method, new Uri(call.Url).AbsolutePath).GetProperty("responses").TryGetProperty(shown.Argument!, out _), $"OpenAPI does not list {status} for {call.Url}");
                continue;
            }

            var differences = JsonContract.Differences(shown.Text, body);
            Assert.True(differences.Count == 0, $"{shown} differs from the answer:\n{string.Join('\n', differences)}\nThe API answered:\n{Pretty(body)}");
            AssertOpenApiDescribes(openApi, call, status, body);
            Remember(variables, body);
        }

        Assert.Equal(20, calls);
    }

    [Fact]
    public async Task GivenTheFeeReductionApplicationShown_WhenASupervisorSendsIt_ThenItIsDecided()
    {
        await using var api = await StartAsync();
        using var http = new HttpClient { BaseAddress = api.Address };
        var application = JsonDocument.Parse(DocPages.Example("staff-api.md", "staff-api.fee-reduction-application").Text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }).RootElement;
        var supervisor = LocalHostKeys.Read().Single(k => k.Value.Role == Domain.Staff.StaffRole.Supervisor).Key;

        var (status, body) = await SendAsync(http, new CurlCall(HttpMethod.Post, "/api/clients/C-1001/fee-reductions", [("Authorization", $"Bearer {supervisor}"), ("Idempotency-Key", "doc-fee-reduction")], JsonSerializer.Serialize(application)));

        Assert.True(status == 200, body);
        using var decision = JsonDocument.Parse(body);
        Assert.Equal("decided", decision.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("2020-03-17", decision.RootElement.GetProperty("applicationDate").GetString());
    }

    private static async Task<LoopbackStaffApi> StartAsync()
    {
        var clock = new ManualClock(BusinessTime.StartOf(Day).AddHours(9));
        var api = await LoopbackStaffApi.StartAsync(clock, keys: LocalHostKeys.Read());
        var onTheInvoiceDate = new ManualClock(BusinessTime.StartOf(new DateOnly(2026, 1, 30)).AddHours(8));
        var outcome = await api.ImportBillingFileAsync("billing.csv", DocPages.Example("billing-file.md", "billing-file.csv").Text + "\n", onTheInvoiceDate);
        Assert.Equal(8, outcome.Report!.InvoicesCreated);
        return api;
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient http, CurlCall call)
    {
        using var request = new HttpRequestMessage(call.Method, call.Url);
        foreach (var (name, value) in call.Headers.Where(h => h.Name != "Content-Type"))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (call.Body is { } body)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(call.Headers.SingleOrDefault(h => h.Name == "Content-Type").Value ?? "application/json");
        }

        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The OpenAPI document declares the status and the answer's members (and a page's items' members) as given.</summary>
    private static void AssertOpenApiDescribes(OpenApiAnswers openApi, CurlCall call, int status, string body)
    {
        var operation = openApi.Operation(call.Method.Method, new Uri(call.Url).AbsolutePath);
        using var answer = JsonDocument.Parse(body);
        var members = answer.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        if (status >= 400)
        {
            Assert.True(operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out _), $"OpenAPI does not list {status} for {call.Method} {call.Url}");
            return;
        }

        Assert.Equal(openApi.Members(operation, status), members);
        if (answer.RootElement.TryGetProperty("items", out var items) && items.GetArrayLength() > 0)
        {
            Assert.Equal(openApi.ItemMembers(operation, status), items[0].EnumerateObject().Select(p => p.Name).ToList());
        }
    }

    /// <summary>REQUEST, NEXT and FILE, as the page says: the requestId and the continuation of the latest answer that had one, the id of the first file of the latest list of files.</summary>
    private static void Remember(Dictionary<string, string> variables, string body)
    {
        using var answer = JsonDocument.Parse(body);
        if (answer.RootElement.TryGetProperty("items", out var items) && items.GetArrayLength() > 0 && items[0].TryGetProperty("fileName", out _))
        {
            variables["FILE"] = items[0].GetProperty("id").GetString()!;
        }

        if (answer.RootElement.TryGetProperty("requestId", out var request))
        {
            variables["REQUEST"] = request.GetString()!;
        }

        if (answer.RootElement.TryGetProperty("continuation", out var next) && next.GetString() is { } token)
        {
            variables["NEXT"] = token;
        }
    }

    private static string Pretty(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
