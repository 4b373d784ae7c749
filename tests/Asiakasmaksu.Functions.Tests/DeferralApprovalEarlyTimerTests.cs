using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Orchestrations;
using Asiakasmaksu.Orchestrations.Deferrals;
using Microsoft.DurableTask;
using Moq;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>
/// What the engine cannot be made to do on demand: a deadline timer that fires before the deadline in
/// business time (the Azure Storage provider shows a timer up to a second early; a demonstration clock
/// held back makes it earlier still). The request stays pending, the orchestration sleeps again until
/// the deadline the activity gives, and a decision that comes meanwhile is still taken.
/// </summary>
public sealed class DeferralApprovalEarlyTimerTests
{
    private static readonly DeferralApprovalInput Input = new("dr-0001", "k3jqz7ma-5ee2ytd4bn3wq6rf");
    private static readonly DateTimeOffset FirstDeadline = new(2026, 3, 12, 22, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondDeadline = new(2026, 3, 12, 22, 0, 1, TimeSpan.Zero);
    private static readonly DeferralDecision Approval = new(true, "certificate seen", new Actor("sup-kari", StaffRole.Supervisor), new DateTimeOffset(2026, 3, 12, 21, 59, 59, TimeSpan.Zero));

    [Fact]
    public async Task GivenTheDeadlineTimerFiresEarly_WhenTheRequestIsStillPending_ThenItSleepsAgainAndTakesTheDecisionThatComesMeanwhile()
    {
        var context = Durable.Context();
        var decision = new TaskCompletionSource<DeferralDecision>();
        var timers = new Queue<Task>([Task.CompletedTask, Durable.Never<object>()]);
        var firedAt = new List<DateTime>();
        context.Setup(c => c.WaitForExternalEvent<DeferralDecision>(WorkflowEvents.DeferralDecision, It.IsAny<CancellationToken>())).Returns(decision.Task);
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Returns((DateTime at, CancellationToken _) =>
            {
                firedAt.Add(at);
                return timers.Dequeue();
            });
        context.Setup(c => c.CallActivityAsync<DeferralWait>(nameof(NotifyApprovers), "dr-0001", It.IsAny<TaskOptions>())).ReturnsAsync(new DeferralWait(DeferralWait.Pending, FirstDeadline));
        context.Setup(c => c.CallActivityAsync<DeferralWait>(nameof(ExpireDeferral), "dr-0001", It.IsAny<TaskOptions>()))
            .ReturnsAsync(() =>
            {
                decision.SetResult(Approval);
                return new DeferralWait(DeferralWait.Pending, SecondDeadline);
            });
        context.Setup(c => c.CallActivityAsync<string>(nameof(DecideDeferral), It.IsAny<object?>(), It.IsAny<TaskOptions>())).ReturnsAsync("approved");

        var status = await new DeferralApprovalOrchestrator().RunAsync(context.Object, Input);

        Assert.Equal("approved", status);
        Assert.Equal([FirstDeadline.UtcDateTime, SecondDeadline.UtcDateTime], firedAt);
        context.Verify(c => c.CallActivityAsync<DeferralWait>(nameof(ExpireDeferral), It.IsAny<object?>(), It.IsAny<TaskOptions>()), Times.Once);
        context.Verify(c => c.CallActivityAsync<string>(nameof(DecideDeferral), new DeferralVerdict("dr-0001", true, Approval.Decider, Approval.DecidedAt, "certificate seen"), It.IsAny<TaskOptions>()), Times.Once);
        context.Verify(c => c.SendEvent("k3jqz7ma-5ee2ytd4bn3wq6rf", WorkflowEvents.InvoiceChanged, It.IsAny<object>()), Times.Once);
    }
}
