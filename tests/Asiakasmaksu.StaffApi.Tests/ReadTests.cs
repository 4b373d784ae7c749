using System.Text.Json;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>GET /api/invoices/{id}, GET /api/clients/{id}/invoices and the OpenAPI document.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class ReadTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenAnIssuedInvoice_WhenRead_ThenStateBalanceTimelineAndNextStepWithItsDate()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Auditor).GetAsync($"/api/invoices/{id}");

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal("application/json", reply.MediaType);
        var invoice = reply.Json;
        Assert.Equal(id.Value, invoice.GetProperty("invoiceId").GetString());
        Assert.Equal("open", invoice.GetProperty("status").GetString());
        Assert.Equal("invoiced", invoice.GetProperty("stage").GetString());
        Assert.Equal("2026-03-02", invoice.GetProperty("invoiceDate").GetString());
        // Payment term: invoice date + 14 days = Mon 16.3., then 3 bank days → Thu 19.3.2026.
        Assert.Equal("2026-03-19", invoice.GetProperty("dueDate").GetString());
        Assert.Equal("60.00", invoice.GetProperty("amount").GetString());
        Assert.Equal("60.00", invoice.GetProperty("balance").GetProperty("principal").GetString());
        Assert.Equal("60.00", invoice.GetProperty("balanceToday").GetProperty("total").GetString());
        Assert.Equal("overdue", invoice.GetProperty("nextStep").GetProperty("step").GetString());
        Assert.Equal("2026-03-20", invoice.GetProperty("nextStep").GetProperty("date").GetString());
        var timeline = invoice.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Single(timeline);
        Assert.Equal("invoiced", timeline[0].GetProperty("type").GetString());
        Assert.Equal(1, invoice.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task GivenAWellFormedUnknownInvoiceId_WhenRead_Then404Problem()
    {
        var reply = await fixture.As(StaffKeys.Team).GetAsync("/api/invoices/aaaaaaaa-bbbbbbbbbbbbbbbb");

        ProblemAssert.Is(404, reply);
        Assert.Contains("aaaaaaaa-bbbbbbbbbbbbbbbb", reply.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenAMalformedInvoiceId_WhenRead_Then400NamingInvoiceId()
    {
        var reply = await fixture.As(StaffKeys.Team).GetAsync("/api/invoices/not-an-id");

        ProblemAssert.Is(400, reply, "invoiceId");
    }

    [Fact]
    public async Task GivenAClientWithAnOpenInvoiceInInterestAndAWaivedOne_WhenListed_ThenEachItemHasTheBalanceTodayAndNextStepOfItsDetails()
    {
        fixture.SetDay();
        var client = $"client-{Guid.NewGuid():N}"[..24];
        var open = (await fixture.SeedAsync(client))[0];
        var waived = (await fixture.SeedAsync(client))[0];
        Assert.Equal(200, (await fixture.As(StaffKeys.Director).PostAsync($"/api/invoices/{waived}/waiver", new { reason = "collection would be unreasonable" })).Status);
        fixture.SetDay(new DateOnly(2026, 4, 20)); // a month after the due date 19.3.: late interest runs
        var team = fixture.As(StaffKeys.Team);

        var list = await team.GetAsync($"/api/clients/{client}/invoices");
        var details = await team.GetAsync($"/api/invoices/{open}");

        Assert.True(list.Status == 200, list.ToString());
        var item = list.Items.EnumerateArray().Single(i => i.GetProperty("invoiceId").GetString() == open.Value);
        Assert.NotEqual("0.00", details.Json.GetProperty("balanceToday").GetProperty("interest").GetString());
        Assert.Equal(details.Json.GetProperty("balanceToday").GetRawText(), item.GetProperty("balanceToday").GetRawText());
        Assert.Equal(details.Json.GetProperty("nextStep").GetRawText(), item.GetProperty("nextStep").GetRawText());
        var closed = list.Items.EnumerateArray().Single(i => i.GetProperty("invoiceId").GetString() == waived.Value);
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("nextStep").ValueKind);
        Assert.Equal("0.00", closed.GetProperty("balanceToday").GetProperty("total").GetString());
    }

    [Fact]
    public async Task GivenAClientWithAnOpenAndAWaivedInvoice_WhenListedByStatus_ThenOnlyThoseOfThatStatus()
    {
        fixture.SetDay();
        var client = $"client-{Guid.NewGuid():N}"[..24];
        var open = (await fixture.SeedAsync(client))[0];
        var waived = (await fixture.SeedAsync(client))[0];
        var waiver = await fixture.As(StaffKeys.Director).PostAsync($"/api/invoices/{waived}/waiver", new { reason = "collection would be unreasonable" });
        Assert.True(waiver.Status == 200, waiver.ToString());
        var team = fixture.As(StaffKeys.Team);

        var all = await team.GetAsync($"/api/clients/{client}/invoices");
        var openOnly = await team.GetAsync($"/api/clients/{client}/invoices?status=open");
        var waivedOnly = await team.GetAsync($"/api/clients/{client}/invoices?status=waived");
        var bad = await team.GetAsync($"/api/clients/{client}/invoices?status=unpaid");

        Assert.Equal(new[] { open.Value, waived.Value }.Order(StringComparer.Ordinal), Ids(all).Order(StringComparer.Ordinal));
        Assert.Equal([open.Value], Ids(openOnly));
        Assert.Equal([waived.Value], Ids(waivedOnly));
        Assert.Equal("waived", waivedOnly.Items[0].GetProperty("status").GetString());
        Assert.Equal("0.00", waivedOnly.Items[0].GetProperty("balance").GetString());
        ProblemAssert.Is(400, bad, "status");
    }

    [Fact]
    public async Task GivenAClientWithoutInvoices_WhenListed_ThenAnEmptyList()
    {
        var reply = await fixture.As(StaffKeys.Team).GetAsync("/api/clients/nobody-here/invoices");

        Assert.Equal(200, reply.Status);
        Assert.Equal(0, reply.Items.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("continuation").ValueKind);
    }

    [Fact]
    public async Task TheOpenApiDocument_ListsEveryEndpoint()
    {
        var reply = await fixture.As(null).GetAsync("/openapi/v1.json");

        Assert.Equal(200, reply.Status);
        var paths = reply.Json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "/api/invoices/{invoiceId}", "/api/clients/{clientId}/invoices", "/api/invoices/{invoiceId}/deferrals",
            "/api/invoices/{invoiceId}/deferral-requests", "/api/deferral-requests/{requestId}/decision", "/api/deferral-requests",
            "/api/invoices/{invoiceId}/payment-plans", "/api/invoices/{invoiceId}/payments", "/api/invoices/{invoiceId}/waiver",
            "/api/invoices/{invoiceId}/cancellation", "/api/invoices/{invoiceId}/rectification-claims",
            "/api/invoices/{invoiceId}/rectification-claims/{claimId}/decision", "/api/clients/{clientId}/estate-write-off", "/api/audit",
        ];
        Assert.All(expected, p => Assert.Contains(p, paths));
        var defer = reply.Json.GetProperty("paths").GetProperty("/api/invoices/{invoiceId}/deferrals").GetProperty("post");
        Assert.True(defer.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(defer.GetProperty("responses").TryGetProperty("403", out _));
        var headers = defer.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("in").GetString() == "header").ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("required", out var r) && r.GetBoolean());
        Assert.True(headers["Idempotency-Key"]);
        Assert.False(headers["If-Match"]);
    }

    private static IEnumerable<string> Ids(ApiReply reply)
    {
        Assert.True(reply.Status == 200, reply.ToString());
        return reply.Items.EnumerateArray().Select(e => e.GetProperty("invoiceId").GetString()!);
    }
}
