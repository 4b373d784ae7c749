using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>Issue 21, items 7 and 9: nobody decides their own deferral request, and an invoice has one pending request at a time.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class DeferralRequestRulesTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenASupervisorsOwnRequest_WhenTheSameSupervisorApproves_Then403AndAnotherSupervisorDecides()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var request = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate = "2026-09-18", reason = "long hospital stay" });
        Assert.True(request.Status == 202, request.ToString());
        var requestId = request["requestId"]!;

        var own = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = true, note = "fine by me" });

        ProblemAssert.Is(403, own);
        Assert.Equal("nobody decides their own deferral request: another supervisor or a director decides it", own.Detail);
        Assert.Equal("pending", (await Requests.GetAsync(requestId, CancellationToken.None))!.Status);
        Assert.Equal(new DateOnly(2026, 3, 19), (await fixture.StoredAsync(id)).State.Stage.DueDate);

        var other = await fixture.As(StaffKeys.Supervisor2).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = true, note = "certificate seen" });
        Assert.True(other.Status == 202, other.ToString());
        var (_, decision) = Assert.Single(fixture.Api.Workflows.Decisions, d => d.Request.Id == requestId);
        Assert.Equal("sup-maija", decision.Decider.StaffId);
    }

    [Fact]
    public async Task GivenAPendingRequest_WhenASecondIsAsked_Then409NamingTheFirstAndOnlyTheFirstsApprovalStarts()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var first = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate = "2026-09-18", reason = "long hospital stay" });
        var firstId = first["requestId"]!;

        var second = await fixture.As(StaffKeys.Team2).PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate = "2026-10-19", reason = "longer stay" });
        var third = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate = "2026-08-18", reason = "shorter stay" });

        ProblemAssert.Is(409, second);
        Assert.Equal($"a deferral request for this invoice ({firstId}) already waits for a decision until 2026-03-12; ask its decider, or ask again once it is decided", second.Detail);
        ProblemAssert.Is(409, third);
        var pending = (await fixture.As(StaffKeys.Supervisor).GetAsync("/api/deferral-requests?status=pending&limit=1000")).Json.GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("invoiceId").GetString() == id.Value).ToList();
        Assert.Single(pending);
        Assert.Single(fixture.Api.Workflows.Approvals, r => r.InvoiceId == id);
        Assert.Equal(["requested", "refused", "refused"], (await fixture.AuditOfAsync(id)).Select(r => r.Outcome));

        await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/deferral-requests/{firstId}/decision", new { approve = false, note = "a plan suits better" });

        // What the approval workflow does with the rejection it was handed.
        var (handed, _) = Assert.Single(fixture.Api.Workflows.Decisions, d => d.Request.Id == firstId);
        await Requests.CarryOutAsync(handed, CancellationToken.None);
        var afterDecision = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate = "2026-06-18", reason = "shorter stay" });
        Assert.True(afterDecision.Status == 202, afterDecision.ToString());
    }

    private DeferralApprovals Requests => fixture.Api.Services.GetRequiredService<DeferralApprovals>();
}
