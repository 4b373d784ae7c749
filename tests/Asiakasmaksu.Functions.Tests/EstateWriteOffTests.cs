using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Functions.Invoices;
using Asiakasmaksu.Functions.Notices;
using Asiakasmaksu.Functions.Staff;
using Microsoft.DurableTask;
using Moq;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>Fan-out/fan-in over the open invoices of a deceased client, then one confirmation.</summary>
public sealed class EstateWriteOffTests
{
    private static readonly EstateWriteOffInput Input = new(
        "client-1001",
        new DateOnly(2026, 2, 20),
        new Stamp(new Actor("team-anna", StaffRole.Team), new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), "estate inventory shows no assets"));

    [Fact]
    public async Task GivenThreeOpenInvoices_ThenEachAndOnlyThoseAreWrittenOffOnceAndEachOrchestrationIsWoken()
    {
        string[] open = ["inv-a", "inv-b", "inv-c"];
        var context = Durable.Context();
        context.Setup(c => c.CallActivityAsync<IReadOnlyList<string>>(nameof(EstateWriteOffWorkflow.ListOpenInvoices), "client-1001", It.IsAny<TaskOptions>())).ReturnsAsync(open);
        context.Setup(c => c.CallActivityAsync<EstateInvoiceOutcome>(nameof(EstateWriteOffWorkflow.WriteOffInvoice), It.IsAny<object?>(), It.IsAny<TaskOptions>()))
            .ReturnsAsync((TaskName _, object? item, TaskOptions? _) => new EstateInvoiceOutcome(((EstateInvoice)item!).InvoiceId, true, null));
        context.Setup(c => c.CallActivityAsync<string?>(nameof(EstateWriteOffWorkflow.ConfirmEstateWriteOff), Input, It.IsAny<TaskOptions>())).ReturnsAsync("estate-0a1b2c3d4e5f6a7b-20260220");

        var summary = await EstateWriteOffWorkflow.EstateWriteOff(context.Object, Input);

        Assert.Equal(3, summary.WrittenOff);
        Assert.Empty(summary.Refusals);
        Assert.Equal("estate-0a1b2c3d4e5f6a7b-20260220", summary.ConfirmationNoticeId);
        context.Verify(c => c.CallActivityAsync<EstateInvoiceOutcome>(nameof(EstateWriteOffWorkflow.WriteOffInvoice), It.IsAny<object?>(), It.IsAny<TaskOptions>()), Times.Exactly(3));
        foreach (var id in open)
        {
            context.Verify(c => c.CallActivityAsync<EstateInvoiceOutcome>(nameof(EstateWriteOffWorkflow.WriteOffInvoice), new EstateInvoice(id, Input.InventoryDate, Input.Stamp), It.IsAny<TaskOptions>()), Times.Once);
            context.Verify(c => c.SendEvent(id, InvoiceOrchestration.InvoiceChanged, It.IsAny<object>()), Times.Once);
        }

        context.Verify(c => c.SendEvent(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object>()), Times.Exactly(3));
        context.Verify(c => c.CallActivityAsync<int>(nameof(OutboxDelivery.SendNotice), It.IsAny<object?>(), It.IsAny<TaskOptions>()), Times.Once);
    }

    [Fact]
    public async Task GivenOneInvoiceRefused_ThenTheOthersAreWrittenOffAndTheRefusalIsReported()
    {
        var context = Durable.Context();
        context.Setup(c => c.CallActivityAsync<IReadOnlyList<string>>(nameof(EstateWriteOffWorkflow.ListOpenInvoices), "client-1001", It.IsAny<TaskOptions>())).ReturnsAsync(new[] { "inv-a", "inv-b" });
        context.Setup(c => c.CallActivityAsync<EstateInvoiceOutcome>(nameof(EstateWriteOffWorkflow.WriteOffInvoice), It.IsAny<object?>(), It.IsAny<TaskOptions>()))
            .ReturnsAsync((TaskName _, object? item, TaskOptions? _) => ((EstateInvoice)item!).InvoiceId == "inv-b"
                ? new EstateInvoiceOutcome("inv-b", false, "the invoice is in enforcement")
                : new EstateInvoiceOutcome("inv-a", true, null));
        context.Setup(c => c.CallActivityAsync<string?>(nameof(EstateWriteOffWorkflow.ConfirmEstateWriteOff), Input, It.IsAny<TaskOptions>())).ReturnsAsync("estate-0a1b2c3d4e5f6a7b-20260220");

        var summary = await EstateWriteOffWorkflow.EstateWriteOff(context.Object, Input);

        Assert.Equal(1, summary.WrittenOff);
        Assert.Equal(["the invoice is in enforcement"], summary.Refusals);
    }

    [Fact]
    public async Task GivenNoOpenInvoices_ThenNothingIsWrittenOffAndNoInvoiceIsWoken()
    {
        var context = Durable.Context();
        context.Setup(c => c.CallActivityAsync<IReadOnlyList<string>>(nameof(EstateWriteOffWorkflow.ListOpenInvoices), "client-1001", It.IsAny<TaskOptions>())).ReturnsAsync(Array.Empty<string>());
        context.Setup(c => c.CallActivityAsync<string?>(nameof(EstateWriteOffWorkflow.ConfirmEstateWriteOff), Input, It.IsAny<TaskOptions>())).ReturnsAsync((string?)null);

        var summary = await EstateWriteOffWorkflow.EstateWriteOff(context.Object, Input);

        Assert.Equal(0, summary.WrittenOff);
        Assert.Null(summary.ConfirmationNoticeId);
        context.Verify(c => c.CallActivityAsync<EstateInvoiceOutcome>(nameof(EstateWriteOffWorkflow.WriteOffInvoice), It.IsAny<object?>(), It.IsAny<TaskOptions>()), Times.Never);
        context.Verify(c => c.SendEvent(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object>()), Times.Never);
    }
}
