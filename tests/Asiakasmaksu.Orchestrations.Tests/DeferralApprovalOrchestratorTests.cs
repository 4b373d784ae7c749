using System.Text.Json;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Orchestrations.Deferrals;
using Asiakasmaksu.Orchestrations.Tests.Engine;

namespace Asiakasmaksu.Orchestrations.Tests;

/// <summary>
/// The deferral approval on a real engine: a team member asks on Thursday 5.3.2026 to move the due
/// date of an invoice of 2.3.2026 (due 19.3) to 18.9.2026, beyond a team member's 3 months; the
/// approvers are told; a supervisor approves or rejects, or 5 bank days pass (the last day is
/// Thursday 12.3; it expires at the start of 13.3).
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class DeferralApprovalOrchestratorTests(AzuriteFixture azurite)
{
    private static readonly DateOnly InvoiceDate = new(2026, 3, 2);
    private static readonly DateOnly NewDueDate = new(2026, 9, 18);
    private static readonly Actor Team = new("team-anna", StaffRole.Team);
    private static readonly Actor Supervisor = new("sup-kari", StaffRole.Supervisor);

    [Fact]
    public async Task GivenAPendingRequest_WhenASupervisorApproves_ThenTheDeferralIsAppliedAndTheRequesterIsTold()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite, BusinessTime.At(new DateOnly(2026, 3, 5), new TimeOnly(9, 0)), speed: 1);
        var (id, request) = await RequestAsync(host);
        await host.Engine.StartDeferralApprovalAsync(request, CancellationToken.None);
        await WorkflowTestHost.EventuallyAsync(() => Task.FromResult(host.Notifier.Sent.Contains(("approvers", request.Id, "pending"))), what: "the approvers were told");

        await host.Engine.DecideDeferralAsync(request, new DeferralDecision(true, "hospital certificate seen", Supervisor, host.Now), CancellationToken.None);

        var done = await host.CompletionAsync(DeferralApprovalOrchestrator.InstanceId(request.Id));
        Assert.Equal("approved", JsonSerializer.Deserialize<string>(done.SerializedOutput!));
        Assert.Equal(NewDueDate, (await host.StoredAsync(id)).State.Stage.DueDate);
        Assert.Equal(("approved", "sup-kari"), ((await host.Approvals.GetAsync(request.Id, CancellationToken.None))!.Status, (await host.Approvals.GetAsync(request.Id, CancellationToken.None))!.Decider!.StaffId));
        Assert.Contains(("team-anna", request.Id, "approved"), host.Notifier.Sent);
    }

    [Fact]
    public async Task GivenAPendingRequest_WhenASupervisorRejects_ThenTheDueDateStaysAndTheClientIsToldTheRefusal()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite, BusinessTime.At(new DateOnly(2026, 3, 5), new TimeOnly(9, 0)), speed: 1);
        var (id, request) = await RequestAsync(host);
        await host.Engine.StartDeferralApprovalAsync(request, CancellationToken.None);

        await host.Engine.DecideDeferralAsync(request, new DeferralDecision(false, "a payment plan suits better", Supervisor, host.Now), CancellationToken.None);

        var done = await host.CompletionAsync(DeferralApprovalOrchestrator.InstanceId(request.Id));
        Assert.Equal("rejected", JsonSerializer.Deserialize<string>(done.SerializedOutput!));
        Assert.Equal(new DateOnly(2026, 3, 19), (await host.StoredAsync(id)).State.Stage.DueDate);
        Assert.Contains(("team-anna", request.Id, "rejected"), host.Notifier.Sent);

        // The approval wakes the invoice's orchestration, which delivers the refusal to the client.
        await host.DeliveredAsync($"{id}-deferral-{request.Id}");
    }

    [Fact]
    public async Task GivenAPendingRequest_WhenNobodyDecidesWithin5BankDays_ThenTheDeadlineWinsAndItExpires()
    {
        // Business time: ten seconds before the start of Friday 13.3.2026, passing five times faster than the wall clock.
        await using var host = await WorkflowTestHost.StartAsync(azurite, BusinessTime.StartOf(new DateOnly(2026, 3, 13)).AddSeconds(-10), speed: 5);
        var (id, request) = await RequestAsync(host);

        await host.Engine.StartDeferralApprovalAsync(request, CancellationToken.None);

        var done = await host.CompletionAsync(DeferralApprovalOrchestrator.InstanceId(request.Id));
        Assert.Equal("expired", JsonSerializer.Deserialize<string>(done.SerializedOutput!));
        var expired = (await host.Approvals.GetAsync(request.Id, CancellationToken.None))!;
        Assert.Equal(("expired", "system"), (expired.Status, expired.Decider!.StaffId));
        Assert.True(expired.DecidedAt >= BusinessTime.StartOf(new DateOnly(2026, 3, 13)), $"expired at {expired.DecidedAt:o}, before its deadline");
        Assert.Equal(new DateOnly(2026, 3, 19), (await host.StoredAsync(id)).State.Stage.DueDate);
    }

    /// <summary>Seeds an invoice, follows it, and records the team member's request of Thursday 5.3.2026 09:00.</summary>
    private static async Task<(InvoiceId Id, DeferralRequest Request)> RequestAsync(WorkflowTestHost host)
    {
        var id = (await host.SeedAsync(InvoiceDate, $"dr-{Guid.NewGuid():N}"[..16]))[0];
        await host.Engine.FollowInvoiceAsync(id, CancellationToken.None);
        var asked = new Stamp(Team, BusinessTime.At(new DateOnly(2026, 3, 5), new TimeOnly(9, 0)), "long hospital stay");
        var (request, _, refusal) = await host.Approvals.RequestAsync($"dr-{Guid.NewGuid():N}"[..19], id, NewDueDate, asked, CancellationToken.None);
        Assert.Null(refusal);
        Assert.Equal(new DateOnly(2026, 3, 12), request!.ExpiresOn);
        return (id, request);
    }
}
