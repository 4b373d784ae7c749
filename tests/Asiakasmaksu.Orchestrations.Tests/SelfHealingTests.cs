using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Orchestrations.Maintenance;
using Asiakasmaksu.Orchestrations.Tests.Engine;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.Orchestrations.Tests;

/// <summary>
/// The nightly self-healing on a real engine (issue 17.6): an open invoice whose orchestration is
/// missing gets one; one whose orchestration runs is left alone; a closed invoice is not followed;
/// a second pass starts nothing. It reads the open invoices from the schedule index, one status
/// read each.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class SelfHealingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GivenAnOpenInvoiceWithoutOrchestrationOneFollowedAndOneWaived_WhenHealed_ThenOnlyTheUnfollowedOneIsStartedAndOnce()
    {
        // Business time runs as the wall clock: the invoices' next wake-up (their due date) is weeks away.
        await using var host = await WorkflowTestHost.StartAsync(azurite, BusinessTime.At(new DateOnly(2026, 3, 5), new TimeOnly(9, 0)), speed: 1);
        var ids = await host.SeedAsync(new DateOnly(2026, 3, 2), "heal-lost", "heal-followed", "heal-waived");
        var (lost, followed, waived) = (ids[0], ids[1], ids[2]);
        await host.Engine.FollowInvoiceAsync(followed, CancellationToken.None);
        await WorkflowTestHost.EventuallyAsync(async () => (await host.Client.GetInstanceAsync(followed.Value))?.RuntimeStatus == OrchestrationRuntimeStatus.Running, what: "the followed invoice's orchestration runs");
        var followedCreated = (await host.Client.GetInstanceAsync(followed.Value))!.CreatedAt;
        var waiver = await host.Services.GetRequiredService<StaffActions>().WaiveAsync(waived, new Stamp(new Actor("dir-liisa", StaffRole.Director), host.Now, "collecting would be unreasonable"), CancellationToken.None);
        Assert.IsType<Application.Invoices.CommandOutcome.Applied>(waiver.Outcome);
        var healing = ActivatorUtilities.CreateInstance<WorkflowSelfHealing>(host.Services);

        var first = await healing.RunAsync(host.Client, CancellationToken.None);
        await WorkflowTestHost.EventuallyAsync(async () => (await host.Client.GetInstanceAsync(lost.Value))?.RuntimeStatus == OrchestrationRuntimeStatus.Running, what: "the lost invoice's orchestration runs");
        var second = await healing.RunAsync(host.Client, CancellationToken.None);

        Assert.Equal((1, 0), (first.InvoicesStarted, first.RequestsStarted));
        Assert.Equal((0, 0), (second.InvoicesStarted, second.RequestsStarted));
        Assert.Null(await host.Client.GetInstanceAsync(waived.Value));
        Assert.Equal(followedCreated, (await host.Client.GetInstanceAsync(followed.Value))!.CreatedAt);
    }
}
