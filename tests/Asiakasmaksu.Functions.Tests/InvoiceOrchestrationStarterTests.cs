using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Functions.Import;
using Asiakasmaksu.Functions.Invoices;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>As an import hands on its stored invoices: one orchestration per invoice, never two.</summary>
public sealed class InvoiceOrchestrationStarterTests
{
    [Fact]
    public async Task GivenNewInvoices_ThenOneOrchestrationPerInvoiceWithTheInvoiceIdAsInstanceId()
    {
        var client = Durable.Client();
        var starter = new InvoiceOrchestrationStarter(client.Object);

        await starter.AddAsync(Ids("inv-a", "inv-b"), CancellationToken.None);
        await starter.AddAsync(Ids("inv-c"), CancellationToken.None);

        Assert.Equal(3, starter.Started);
        foreach (var id in new[] { "inv-a", "inv-b", "inv-c" })
        {
            client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(nameof(InvoiceOrchestration.InvoiceOrchestrator), id, It.Is<StartOrchestrationOptions?>(o => o!.InstanceId == id), It.IsAny<CancellationToken>()), Times.Once);
        }
    }

    [Fact]
    public async Task GivenTheSameFileUploadedAgain_ThenNoInvoiceIsScheduledTwice()
    {
        // The rerun hands on the invoices the file created earlier; their instances exist by then.
        var client = Durable.Client(
            Durable.Instance(nameof(InvoiceOrchestration.InvoiceOrchestrator), "inv-a", OrchestrationRuntimeStatus.Running),
            Durable.Instance(nameof(InvoiceOrchestration.InvoiceOrchestrator), "inv-b", OrchestrationRuntimeStatus.Running));
        var again = new InvoiceOrchestrationStarter(client.Object);

        await again.AddAsync(Ids("inv-a", "inv-b"), CancellationToken.None);

        Assert.Equal(0, again.Started);
        client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData(OrchestrationRuntimeStatus.Running)]
    [InlineData(OrchestrationRuntimeStatus.Pending)]
    [InlineData(OrchestrationRuntimeStatus.Completed)]
    public async Task GivenAnInstanceAlreadyExists_ThenItIsLeftAlone_AndTheOthersStart(OrchestrationRuntimeStatus status)
    {
        // A rerun after a crash that had started inv-a's orchestration but not inv-b's.
        var client = Durable.Client(Durable.Instance(nameof(InvoiceOrchestration.InvoiceOrchestrator), "inv-a", status));
        var starter = new InvoiceOrchestrationStarter(client.Object);

        await starter.AddAsync(Ids("inv-a", "inv-b"), CancellationToken.None);

        Assert.Equal(1, starter.Started);
        client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), "inv-a", It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
        client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), "inv-b", It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private static InvoiceId[] Ids(params string[] ids) => [.. ids.Select(id => new InvoiceId(id))];
}
