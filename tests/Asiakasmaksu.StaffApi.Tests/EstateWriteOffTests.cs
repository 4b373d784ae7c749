using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// POST /api/clients/{clientId}/estate-write-off: checked, then handed to the estate write-off
/// workflow (its fan-out is tested on the engine, tests/Asiakasmaksu.Orchestrations.Tests).
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class EstateWriteOffTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenADeceasedClientWithTwoOpenInvoices_WhenWrittenOff_Then202StartedOnceAndNothingIsWrittenOffByTheHandler()
    {
        fixture.SetDay();
        var client = $"estate-{Guid.NewGuid():N}"[..20];
        var first = (await fixture.SeedAsync(client))[0];
        var team = fixture.As(StaffKeys.Team);
        var key = Guid.NewGuid().ToString();

        var reply = await team.PostAsync($"/api/clients/{client}/estate-write-off", new { inventoryDate = "2026-03-03", note = "estate inventory shows no assets" }, key);
        var retried = await team.PostAsync($"/api/clients/{client}/estate-write-off", new { inventoryDate = "2026-03-03", note = "estate inventory shows no assets" }, key);

        Assert.True(reply.Status == 202, reply.ToString());
        Assert.Equal("started", reply["status"]);
        Assert.Equal(1, reply.Json.GetProperty("openInvoices").GetInt32());
        Assert.Equal(reply.Body, retried.Body);
        var (workflowId, order) = Assert.Single(fixture.Api.Workflows.EstateWriteOffs, e => e.Order.ClientId == client);
        Assert.StartsWith("estate-", workflowId, StringComparison.Ordinal);
        Assert.DoesNotContain(client, workflowId, StringComparison.Ordinal);
        Assert.Equal((new DateOnly(2026, 3, 3), "team-anna", "estate inventory shows no assets"), (order.InventoryDate, order.Stamp.Actor.StaffId, order.Stamp.Reason));
        Assert.Equal("open", (await fixture.StoredAsync(first)).State.Status);
    }

    [Fact]
    public async Task GivenAFutureInventoryDate_WhenWrittenOff_Then400NamingInventoryDate()
    {
        fixture.SetDay();
        var client = $"estate-{Guid.NewGuid():N}"[..20];
        await fixture.SeedAsync(client);

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/clients/{client}/estate-write-off", new { inventoryDate = "2026-03-06", note = "x" });

        ProblemAssert.Is(400, reply, "inventoryDate");
    }

    [Fact]
    public async Task GivenAClientWithNoOpenInvoices_WhenWrittenOff_Then404()
    {
        fixture.SetDay();

        var reply = await fixture.As(StaffKeys.Team).PostAsync("/api/clients/nobody-at-all/estate-write-off", new { inventoryDate = "2026-03-03", note = "x" });

        ProblemAssert.Is(404, reply);
        Assert.Equal("client nobody-at-all has no open invoices", reply.Detail);
    }
}
