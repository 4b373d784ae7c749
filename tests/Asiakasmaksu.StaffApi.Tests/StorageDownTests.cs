using Asiakasmaksu.Application.Time;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Asiakasmaksu.Testing;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// Storage that stops answering under a running staff API: reads and changes answer 503 "Storage is
/// not answering" with a trace id (not a bare 500), and nothing is half done.
/// </summary>
public sealed class StorageDownTests
{
    [Fact]
    public async Task GivenStorageStopped_WhenReadAndChanged_Then503ProblemsSayingStorageDoesNotAnswer()
    {
        var clock = new ManualClock(BusinessTime.StartOf(StaffApiFixture.Today).AddHours(9));
        await using var api = await LoopbackStaffApi.StartAsync(clock);
        using var http = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(120) };
        var invoice = SeedInvoices.New($"down-{Guid.NewGuid():N}", "client-down", StaffApiFixture.InvoiceDate, 40m, 20m);
        await api.SeedAsync(invoice);
        var staff = new StaffClient(http, StaffKeys.Team);
        Assert.Equal(200, (await staff.GetAsync($"/api/invoices/{invoice.Id}")).Status);

        await api.StopStorageAsync();

        var read = await staff.GetAsync($"/api/invoices/{invoice.Id}");
        var change = await staff.PostAsync($"/api/invoices/{invoice.Id}/deferrals", new { newDueDate = "2026-04-30", reason = "hospital stay" });
        foreach (var reply in new[] { read, change })
        {
            ProblemAssert.Is(503, reply);
            Assert.Equal("Storage is not answering", reply.Json.GetProperty("title").GetString());
            Assert.False(string.IsNullOrEmpty(reply.Json.GetProperty("traceId").GetString()));
        }
    }
}
