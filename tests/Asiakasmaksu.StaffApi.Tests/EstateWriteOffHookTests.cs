using System.Text;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Endpoints;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// The estate write-off handler with the start hook the Functions app passes (its fan-out
/// orchestration does the writing off): the hook gets the request, the answer is 202, and nothing
/// is written off by the handler itself.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class EstateWriteOffHookTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenAStartHook_WhenAnEstateIsWrittenOff_ThenTheHookStartsItAnd202AndNoInvoiceIsClosedYet()
    {
        fixture.SetDay();
        var client = $"hook-{Guid.NewGuid():N}"[..20];
        var invoice = (await fixture.SeedAsync(client))[0];
        var started = new List<(string Client, DateOnly InventoryDate, Stamp Stamp, string Scope)>();

        var (status, body) = await CallAsync(client, (c, d, s, scope) =>
        {
            started.Add((c, d, s, scope));
            return Task.CompletedTask;
        });

        Assert.Equal(202, status);
        Assert.Contains("\"openInvoices\":1", body, StringComparison.Ordinal);
        var start = Assert.Single(started);
        Assert.Equal((client, new DateOnly(2026, 3, 3), "team-anna"), (start.Client, start.InventoryDate, start.Stamp.Actor.StaffId));
        Assert.False(string.IsNullOrEmpty(start.Scope));
        Assert.Equal("open", (await fixture.StoredAsync(invoice)).State.Status);
    }

    [Fact]
    public async Task GivenAStartHook_WhenTheClientHasNoOpenInvoices_Then404AndNothingStarts()
    {
        fixture.SetDay();
        var started = 0;

        var (status, _) = await CallAsync($"none-{Guid.NewGuid():N}"[..20], (_, _, _, _) =>
        {
            started++;
            return Task.CompletedTask;
        });

        Assert.Equal(404, status);
        Assert.Equal(0, started);
    }

    private async Task<(int Status, string Body)> CallAsync(string client, Func<string, DateOnly, Stamp, string, Task> hook)
    {
        var context = new DefaultHttpContext { RequestServices = fixture.Api.Services };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Headers.Authorization = $"Bearer {StaffKeys.Team}";
        context.Request.Headers[StaffApiHandlers.IdempotencyKeyHeader] = Guid.NewGuid().ToString("N");
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"inventoryDate":"2026-03-03","note":"estate inventory shows no assets"}"""));
        context.Response.Body = new MemoryStream();
        var handlers = fixture.Api.Services.GetRequiredService<StaffApiHandlers>();

        var result = await handlers.WriteOffEstateAsync(context, client, hook);
        await result.ExecuteAsync(context);

        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }
}
