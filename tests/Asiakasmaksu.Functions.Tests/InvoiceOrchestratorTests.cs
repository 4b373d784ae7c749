using Asiakasmaksu.Functions.Invoices;
using Asiakasmaksu.Functions.Notices;
using Microsoft.DurableTask;
using Moq;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>The invoice's alarm clock: advance, deliver, sleep until the wake-up or a change, continue as new.</summary>
public sealed class InvoiceOrchestratorTests
{
    private const string InvoiceId = "k3jqz7ma-5ee2ytd4bn3wq6rf";

    // The reminder day 2026-04-07 starts at 00:00 in Helsinki (UTC+3 in summer time).
    private static readonly DateTimeOffset ReminderDay = new(2026, 4, 7, 0, 0, 0, TimeSpan.FromHours(3));

    [Fact]
    public async Task GivenOpenInvoice_WhenTheTimerFiresFirst_ThenItContinuesAsNewAndTheNextRunAdvancesAgain()
    {
        var context = Durable.Context();
        Advancing(context, new InvoiceStep("open", ReminderDay, Events: 1, Notices: 0));
        context.Setup(c => c.WaitForExternalEvent<string>(InvoiceOrchestration.InvoiceChanged, It.IsAny<CancellationToken>())).Returns(Durable.Never<string>());
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        await InvoiceOrchestration.InvoiceOrchestrator(context.Object, InvoiceId);
        await InvoiceOrchestration.InvoiceOrchestrator(context.Object, InvoiceId);

        context.Verify(c => c.CreateTimer(new DateTime(2026, 4, 6, 21, 0, 0, DateTimeKind.Utc), It.IsAny<CancellationToken>()), Times.Exactly(2));
        context.Verify(c => c.CallActivityAsync<InvoiceStep>(nameof(InvoiceOrchestration.AdvanceInvoice), InvoiceId, It.IsAny<TaskOptions>()), Times.Exactly(2));
        context.Verify(c => c.ContinueAsNew(InvoiceId, true), Times.Exactly(2));
        context.Verify(c => c.CallActivityAsync<int>(nameof(OutboxDelivery.SendNotice), It.IsAny<object?>(), It.IsAny<TaskOptions>()), Times.Never);
    }

    [Fact]
    public async Task GivenOpenInvoice_WhenInvoiceChangedArrivesFirst_ThenTheTimerIsCancelledNoticesAreDeliveredAndItContinuesAsNew()
    {
        var context = Durable.Context();
        Advancing(context, new InvoiceStep("open", ReminderDay, Events: 0, Notices: 0));
        context.Setup(c => c.WaitForExternalEvent<string>(InvoiceOrchestration.InvoiceChanged, It.IsAny<CancellationToken>())).ReturnsAsync("staff change");
        var timerToken = CancellationToken.None;
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback((DateTime _, CancellationToken token) => timerToken = token)
            .Returns(Durable.Never<bool>());

        await InvoiceOrchestration.InvoiceOrchestrator(context.Object, InvoiceId);

        Assert.True(timerToken.IsCancellationRequested);
        context.Verify(c => c.CallActivityAsync<int>(nameof(OutboxDelivery.SendNotice), InvoiceId, It.IsAny<TaskOptions>()), Times.Once);
        context.Verify(c => c.ContinueAsNew(InvoiceId, true), Times.Once);
    }

    [Fact]
    public async Task GivenAdvanceQueuedNotices_ThenTheyAreDeliveredBeforeItSleeps()
    {
        var context = Durable.Context();
        Advancing(context, new InvoiceStep("open", ReminderDay, Events: 2, Notices: 1));
        context.Setup(c => c.WaitForExternalEvent<string>(InvoiceOrchestration.InvoiceChanged, It.IsAny<CancellationToken>())).Returns(Durable.Never<string>());
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        await InvoiceOrchestration.InvoiceOrchestrator(context.Object, InvoiceId);

        context.Verify(c => c.CallActivityAsync<int>(nameof(OutboxDelivery.SendNotice), InvoiceId, It.IsAny<TaskOptions>()), Times.Once);
        context.Verify(c => c.ContinueAsNew(InvoiceId, true), Times.Once);
    }

    [Theory]
    [InlineData("paid")]
    [InlineData("written_off")]
    [InlineData("waived")]
    [InlineData("cancelled")]
    [InlineData("not_found")]
    public async Task GivenClosedInvoice_ThenTheOrchestrationEndsWithoutTimerOrContinueAsNew(string status)
    {
        var context = Durable.Context();
        Advancing(context, new InvoiceStep(status, null, Events: 1, Notices: 0));

        await InvoiceOrchestration.InvoiceOrchestrator(context.Object, InvoiceId);

        context.Verify(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
        context.Verify(c => c.WaitForExternalEvent<string>(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        context.Verify(c => c.ContinueAsNew(It.IsAny<object?>(), It.IsAny<bool>()), Times.Never);
    }

    [Fact]
    public async Task GivenOpenInvoiceWithoutWakeUp_ThenNoTimerIsSetAndOnlyInvoiceChangedWakesIt()
    {
        var context = Durable.Context();
        Advancing(context, new InvoiceStep("open", null, Events: 0, Notices: 0));
        context.Setup(c => c.WaitForExternalEvent<string>(InvoiceOrchestration.InvoiceChanged, It.IsAny<CancellationToken>())).ReturnsAsync("rectification claim decided");

        await InvoiceOrchestration.InvoiceOrchestrator(context.Object, InvoiceId);

        context.Verify(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
        context.Verify(c => c.ContinueAsNew(InvoiceId, true), Times.Once);
    }

    private static void Advancing(Mock<TaskOrchestrationContext> context, InvoiceStep step) =>
        context.Setup(c => c.CallActivityAsync<InvoiceStep>(nameof(InvoiceOrchestration.AdvanceInvoice), InvoiceId, It.IsAny<TaskOptions>())).ReturnsAsync(step);
}
