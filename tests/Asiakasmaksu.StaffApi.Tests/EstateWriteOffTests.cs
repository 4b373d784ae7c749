using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>POST /api/clients/{clientId}/estate-write-off.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class EstateWriteOffTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenADeceasedClientWithTwoOpenInvoices_WhenWrittenOff_ThenBothCloseWithOneConfirmationAndARerunChangesNothing()
    {
        fixture.SetDay();
        var client = $"estate-{Guid.NewGuid():N}"[..20];
        var first = (await fixture.SeedAsync(client))[0];
        var second = (await fixture.SeedAsync(client))[0];
        var team = fixture.As(StaffKeys.Team);

        var reply = await team.PostAsync($"/api/clients/{client}/estate-write-off", new { inventoryDate = "2026-03-03", note = "estate inventory shows no assets" });
        var rerun = await team.PostAsync($"/api/clients/{client}/estate-write-off", new { inventoryDate = "2026-03-03", note = "estate inventory shows no assets" });

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal(2, reply.Json.GetProperty("writtenOff").GetInt32());
        var confirmation = reply["confirmationNoticeId"];
        Assert.NotNull(confirmation);
        Assert.True(rerun.Status == 200, rerun.ToString());
        Assert.Equal(0, rerun.Json.GetProperty("writtenOff").GetInt32());
        Assert.Equal(confirmation, rerun["confirmationNoticeId"]);
        Assert.Equal("written_off", (await fixture.StoredAsync(first)).State.Status);
        Assert.Equal("written_off", (await fixture.StoredAsync(second)).State.Status);
        Assert.Contains(first, fixture.Api.Changes.Changed);
        Assert.Contains(second, fixture.Api.Changes.Changed);
        Assert.DoesNotContain(await fixture.NoticesForAsync(first), n => n.Kind != NoticeKind.Invoice);
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
