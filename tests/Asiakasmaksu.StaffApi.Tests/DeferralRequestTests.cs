using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// Deferral requests beyond a team member's authority over HTTP: the request is recorded and its
/// approval workflow started; a supervisor's checked decision is handed to it (202). What the
/// workflow then does (apply, reject, expire, tell) is tested on the engine
/// (tests/Asiakasmaksu.Orchestrations.Tests).
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class DeferralRequestTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenATeamMemberAsking6Months_WhenRequested_Then202PendingUntil5BankDaysAndItsApprovalStarts()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate = "2026-09-18", reason = "long hospital stay" });

        Assert.True(reply.Status == 202, reply.ToString());
        var requestId = reply["requestId"]!;
        Assert.StartsWith("dr-", requestId, StringComparison.Ordinal);
        Assert.Equal("pending", reply["status"]);
        Assert.Equal("team-anna", reply["requestedBy"]);
        // Thu 5.3.2026 + 5 bank days = Thu 12.3.2026.
        Assert.Equal("2026-03-12", reply["expiresOn"]);
        Assert.Contains(fixture.Api.Workflows.Approvals, r => r.Id == requestId && r.InvoiceId == id);
        var pending = await fixture.As(StaffKeys.Supervisor).GetAllAsync("/api/deferral-requests?status=pending");
        Assert.Contains(pending, r => r.GetProperty("requestId").GetString() == requestId);
        Assert.Single((await fixture.StoredAsync(id)).History);
    }

    [Fact]
    public async Task GivenAPendingRequest_WhenASupervisorApproves_Then202AndTheDecisionGoesToItsApproval()
    {
        var (id, requestId) = await RequestAsync("2026-09-18");

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = true, note = "approved: hospital certificate seen" });

        Assert.True(reply.Status == 202, reply.ToString());
        Assert.Equal("approved", reply["status"]); // claimed; the workflow applies the deferral
        var (request, decision) = Assert.Single(fixture.Api.Workflows.Decisions, d => d.Request.Id == requestId);
        Assert.Equal((true, "sup-kari", "approved: hospital certificate seen"), (decision.Approve, decision.Decider.StaffId, decision.Note));
        Assert.Equal(id, request.InvoiceId);
        Assert.Equal(new DateOnly(2026, 3, 19), (await fixture.StoredAsync(id)).State.Stage.DueDate);
    }

    [Fact]
    public async Task GivenAPendingRequest_WhenASupervisorRejects_Then202AndTheRejectionGoesToItsApproval()
    {
        var (_, requestId) = await RequestAsync("2026-09-18");

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = false, note = "a payment plan suits better" });

        Assert.True(reply.Status == 202, reply.ToString());
        var (_, decision) = Assert.Single(fixture.Api.Workflows.Decisions, d => d.Request.Id == requestId);
        Assert.Equal((false, "a payment plan suits better"), (decision.Approve, decision.Note));
    }

    [Fact]
    public async Task GivenADecidedRequest_WhenDecidedAgain_Then409SayingSoAndNothingIsHandedOn()
    {
        var (_, requestId) = await RequestAsync("2026-09-18");
        var approvals = fixture.Api.Services.GetRequiredService<DeferralApprovals>();
        await approvals.DecideAsync(requestId, approve: true, "ok", new Stamp(new Actor("sup-kari", StaffRole.Supervisor), fixture.Clock.GetUtcNow(), "ok"), CancellationToken.None);

        var again = await fixture.As(StaffKeys.Supervisor2).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = false });

        ProblemAssert.Is(409, again);
        Assert.Equal($"the request is already approved: decided by sup-kari (supervisor) on {Application.Time.BusinessTime.DateOf(fixture.Clock.GetUtcNow()):yyyy-MM-dd}", again.Detail);
        Assert.DoesNotContain(fixture.Api.Workflows.Decisions, d => d.Request.Id == requestId);
    }

    [Fact]
    public async Task GivenATeamMember_WhenDecidingARequest_Then403AndTheRequestStaysPending()
    {
        var (_, requestId) = await RequestAsync("2026-09-18");

        var reply = await fixture.As(StaffKeys.Team2).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = true });

        ProblemAssert.Is(403, reply);
        Assert.Equal("a deferral request is decided by a supervisor or director; a team member asked", reply.Detail);
        var request = await fixture.Api.Services.GetRequiredService<DeferralApprovals>().GetAsync(requestId, CancellationToken.None);
        Assert.Equal("pending", request!.Status);
        Assert.DoesNotContain(fixture.Api.Workflows.Decisions, d => d.Request.Id == requestId);
    }

    [Fact]
    public async Task GivenAnExpiredRequest_WhenListedAndDecided_ThenListedAsExpiredBySystemAnd409()
    {
        var (id, requestId) = await RequestAsync("2026-09-18");
        var approvals = fixture.Api.Services.GetRequiredService<DeferralApprovals>();
        fixture.SetDay(new DateOnly(2026, 3, 13));
        await approvals.ExpireAsync((await approvals.GetAsync(requestId, CancellationToken.None))!, fixture.Clock.GetUtcNow(), CancellationToken.None);

        var listed = await fixture.As(StaffKeys.Auditor).GetAllAsync("/api/deferral-requests?status=expired");
        var late = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = true });

        var request = Assert.Single(listed, r => r.GetProperty("requestId").GetString() == requestId);
        Assert.Equal("system", request.GetProperty("decidedBy").GetString());
        Assert.Contains(new StaffNotification("team-anna", requestId, "expired"), fixture.Api.Notifier.Sent);
        Assert.Contains(await fixture.NoticesForAsync(id), n => n.Kind == NoticeKind.DeferralRefused);
        ProblemAssert.Is(409, late);
        Assert.Equal("the request is already expired", late.Detail);
        Assert.Equal(new DateOnly(2026, 3, 19), (await fixture.StoredAsync(id)).State.Stage.DueDate);
    }

    [Fact]
    public async Task GivenARequestPastItsLastDayNotYetExpired_WhenASupervisorApproves_Then409AndItExpires()
    {
        var (id, requestId) = await RequestAsync("2026-09-18");
        fixture.SetDay(new DateOnly(2026, 3, 13));

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = true });

        ProblemAssert.Is(409, reply);
        Assert.Equal("the request expired", reply.Detail);
        Assert.Equal("expired", (await fixture.Api.Services.GetRequiredService<DeferralApprovals>().GetAsync(requestId, CancellationToken.None))!.Status);
        Assert.Equal(new DateOnly(2026, 3, 19), (await fixture.StoredAsync(id)).State.Stage.DueDate);
        Assert.DoesNotContain(fixture.Api.Workflows.Decisions, d => d.Request.Id == requestId);
    }

    [Fact]
    public async Task GivenARequestOnItsLastDay_WhenASupervisorApproves_ThenHandedOn()
    {
        var (_, requestId) = await RequestAsync("2026-09-18");
        fixture.SetDay(new DateOnly(2026, 3, 12));

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = true });

        Assert.True(reply.Status == 202, reply.ToString());
        Assert.Contains(fixture.Api.Workflows.Decisions, d => d.Request.Id == requestId && d.Decision.Approve);
    }

    [Fact]
    public async Task GivenMoreThan12Months_WhenRequested_Then403SayingEvenASupervisorMayNot()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate = "2027-04-20", reason = "x" });

        ProblemAssert.Is(403, reply);
        Assert.Equal("even a supervisor may defer by at most 12 months; 13 months 1 day were asked", reply.Detail);
    }

    [Fact]
    public async Task GivenAnUnknownRequest_WhenDecided_Then404()
    {
        fixture.SetDay();

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync("/api/deferral-requests/dr-00000000000000ff/decision", new { approve = true });

        ProblemAssert.Is(404, reply);
    }

    [Fact]
    public async Task GivenABadStatus_WhenListing_Then400NamingStatus()
    {
        var reply = await fixture.As(StaffKeys.Supervisor).GetAsync("/api/deferral-requests?status=waiting");

        ProblemAssert.Is(400, reply, "status");
    }

    private async Task<(Domain.Invoices.InvoiceId Id, string RequestId)> RequestAsync(string newDueDate)
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate, reason = "long hospital stay" });
        Assert.True(reply.Status == 202, reply.ToString());
        return (id, reply["requestId"]!);
    }
}
