using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Functions.Deferrals;
using Asiakasmaksu.Functions.Invoices;
using Asiakasmaksu.Functions.Notices;
using Microsoft.DurableTask;
using Moq;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>The human-interaction pattern: a supervisor's decision or the 5-bank-day deadline, whichever comes first.</summary>
public sealed class DeferralApprovalTests
{
    private const string InvoiceId = "k3jqz7ma-5ee2ytd4bn3wq6rf";

    // Requested Monday 2 March 2026: the fifth bank day is Monday 9 March, so it expires as 10 March begins in Helsinki.
    private static readonly DeferralApprovalInput Input = new("dr-0001", InvoiceId, new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(2)));

    private static readonly Actor Supervisor = new("sup-kari", StaffRole.Supervisor);

    private static readonly DateTimeOffset DecidedAt = new(2026, 3, 5, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task GivenApproval_WhenTheDecisionComesBeforeTheDeadline_ThenTheDeferralIsAppliedAndTheInvoiceIsWoken()
    {
        var (context, timerToken) = Waiting(new DeferralDecision(true, "hospital stay confirmed", Supervisor, DecidedAt));
        context.Setup(c => c.CallActivityAsync<string>(nameof(DeferralApprovalWorkflow.ApplyDeferral), It.IsAny<object?>(), It.IsAny<TaskOptions>())).ReturnsAsync("approved");

        var status = await DeferralApprovalWorkflow.DeferralApproval(context.Object, Input);

        Assert.Equal("approved", status);
        Assert.True(timerToken().IsCancellationRequested);
        context.Verify(c => c.CallActivityAsync<bool>(nameof(DeferralApprovalWorkflow.NotifyApprovers), "dr-0001", It.IsAny<TaskOptions>()), Times.Once);
        context.Verify(c => c.CallActivityAsync<string>(nameof(DeferralApprovalWorkflow.ApplyDeferral), new DeferralVerdict("dr-0001", Supervisor, DecidedAt, "hospital stay confirmed"), It.IsAny<TaskOptions>()), Times.Once);
        context.Verify(c => c.CallActivityAsync<string>(nameof(DeferralApprovalWorkflow.RejectDeferral), It.IsAny<object?>(), It.IsAny<TaskOptions>()), Times.Never);
        context.Verify(c => c.SendEvent(InvoiceId, InvoiceOrchestration.InvoiceChanged, It.IsAny<object>()), Times.Once);
        context.Verify(c => c.CallActivityAsync<int>(nameof(OutboxDelivery.SendNotice), It.IsAny<object?>(), It.IsAny<TaskOptions>()), Times.Once);
    }

    [Fact]
    public async Task GivenRejection_WhenTheDecisionComesBeforeTheDeadline_ThenNothingIsAppliedAndRequesterAndClientAreTold()
    {
        var (context, _) = Waiting(new DeferralDecision(false, "no grounds", Supervisor, DecidedAt));
        context.Setup(c => c.CallActivityAsync<string>(nameof(DeferralApprovalWorkflow.RejectDeferral), It.IsAny<object?>(), It.IsAny<TaskOptions>())).ReturnsAsync("rejected");

        var status = await DeferralApprovalWorkflow.DeferralApproval(context.Object, Input);

        Assert.Equal("rejected", status);
        context.Verify(c => c.CallActivityAsync<string>(nameof(DeferralApprovalWorkflow.RejectDeferral), new DeferralVerdict("dr-0001", Supervisor, DecidedAt, "no grounds"), It.IsAny<TaskOptions>()), Times.Once);
        context.Verify(c => c.CallActivityAsync<string>(nameof(DeferralApprovalWorkflow.ApplyDeferral), It.IsAny<object?>(), It.IsAny<TaskOptions>()), Times.Never);
        context.Verify(c => c.CallActivityAsync<int>(nameof(OutboxDelivery.SendNotice), It.IsAny<object?>(), It.IsAny<TaskOptions>()), Times.Once);
    }

    [Fact]
    public async Task GivenNoDecision_WhenTheDeadlineTimerFires_ThenTheRequestExpiresBySystemAndNothingIsApplied()
    {
        var expiredAt = new DateTime(2026, 3, 9, 22, 0, 1, DateTimeKind.Utc);
        var context = Durable.Context(expiredAt);
        context.Setup(c => c.WaitForExternalEvent<DeferralDecision>(DeferralApprovalWorkflow.DeferralDecisionEvent, It.IsAny<CancellationToken>())).Returns(Durable.Never<DeferralDecision>());
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        context.Setup(c => c.CallActivityAsync<string>(nameof(DeferralApprovalWorkflow.RejectDeferral), It.IsAny<object?>(), It.IsAny<TaskOptions>())).ReturnsAsync("expired");

        var status = await DeferralApprovalWorkflow.DeferralApproval(context.Object, Input);

        Assert.Equal("expired", status);
        context.Verify(c => c.CreateTimer(new DateTime(2026, 3, 9, 22, 0, 0, DateTimeKind.Utc), It.IsAny<CancellationToken>()), Times.Once);
        context.Verify(c => c.CallActivityAsync<string>(nameof(DeferralApprovalWorkflow.RejectDeferral), new DeferralVerdict("dr-0001", Actor.System, new DateTimeOffset(expiredAt), null), It.IsAny<TaskOptions>()), Times.Once);
        context.Verify(c => c.CallActivityAsync<string>(nameof(DeferralApprovalWorkflow.ApplyDeferral), It.IsAny<object?>(), It.IsAny<TaskOptions>()), Times.Never);
        context.Verify(c => c.SendEvent(InvoiceId, InvoiceOrchestration.InvoiceChanged, It.IsAny<object>()), Times.Once);
    }

    [Fact]
    public async Task GivenStartedRequest_ThenTheApproversAreToldBeforeItWaits()
    {
        var (context, _) = Waiting(new DeferralDecision(false, null, Supervisor, DecidedAt));
        var order = new List<string>();
        context.Setup(c => c.CallActivityAsync<bool>(nameof(DeferralApprovalWorkflow.NotifyApprovers), "dr-0001", It.IsAny<TaskOptions>()))
            .Callback(() => order.Add("notify")).ReturnsAsync(true);
        context.Setup(c => c.WaitForExternalEvent<DeferralDecision>(DeferralApprovalWorkflow.DeferralDecisionEvent, It.IsAny<CancellationToken>()))
            .Callback(() => order.Add("wait")).ReturnsAsync(new DeferralDecision(false, null, Supervisor, DecidedAt));
        context.Setup(c => c.CallActivityAsync<string>(nameof(DeferralApprovalWorkflow.RejectDeferral), It.IsAny<object?>(), It.IsAny<TaskOptions>())).ReturnsAsync("rejected");

        await DeferralApprovalWorkflow.DeferralApproval(context.Object, Input);

        Assert.Equal(["notify", "wait"], order);
    }

    private static (Mock<TaskOrchestrationContext> Context, Func<CancellationToken> TimerToken) Waiting(DeferralDecision decision)
    {
        var context = Durable.Context();
        context.Setup(c => c.WaitForExternalEvent<DeferralDecision>(DeferralApprovalWorkflow.DeferralDecisionEvent, It.IsAny<CancellationToken>())).ReturnsAsync(decision);
        var timerToken = CancellationToken.None;
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback((DateTime _, CancellationToken token) => timerToken = token)
            .Returns(Durable.Never<bool>());
        return (context, () => timerToken);
    }
}
