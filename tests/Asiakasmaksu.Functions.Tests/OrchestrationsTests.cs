using Asiakasmaksu.Functions.Durable;
using Asiakasmaksu.Functions.Invoices;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>The nightly self-healing restarts an invoice's orchestration only when none is active.</summary>
public sealed class OrchestrationsTests
{
    private const string Orchestrator = nameof(InvoiceOrchestration.InvoiceOrchestrator);

    [Theory]
    [InlineData(OrchestrationRuntimeStatus.Failed)]
    [InlineData(OrchestrationRuntimeStatus.Terminated)]
    [InlineData(OrchestrationRuntimeStatus.Completed)]
    public async Task GivenAnEndedInstance_WhenHealing_ThenItIsStartedAgain(OrchestrationRuntimeStatus status)
    {
        var client = Durable.Client(Durable.Instance(Orchestrator, "inv-a", status));

        var started = await Orchestrations.StartUnlessActiveAsync(client.Object, Orchestrator, "inv-a", "inv-a", CancellationToken.None);

        Assert.True(started);
        client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(Orchestrator, "inv-a", It.Is<StartOrchestrationOptions?>(o => o!.InstanceId == "inv-a"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(OrchestrationRuntimeStatus.Running)]
    [InlineData(OrchestrationRuntimeStatus.Pending)]
    [InlineData(OrchestrationRuntimeStatus.Suspended)]
    public async Task GivenAnActiveInstance_WhenHealing_ThenItIsLeftAlone(OrchestrationRuntimeStatus status)
    {
        var client = Durable.Client(Durable.Instance(Orchestrator, "inv-a", status));

        var started = await Orchestrations.StartUnlessActiveAsync(client.Object, Orchestrator, "inv-a", "inv-a", CancellationToken.None);

        Assert.False(started);
        client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task GivenNoInstance_WhenHealing_ThenItIsStarted()
    {
        var client = Durable.Client();

        Assert.True(await Orchestrations.StartUnlessActiveAsync(client.Object, Orchestrator, "inv-a", "inv-a", CancellationToken.None));
    }
}
