using System.Text.Json;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Orchestrations.Tests.Engine;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.Orchestrations.Tests;

/// <summary>
/// The invoice's alarm clock on a real engine: its timer wakes it for each step; a change wakes it at
/// once; a closed invoice ends it; it continues as new after every wake-up; each notice goes out once.
/// Invoices of 2.3.2026 (60 €) fall due on 19.3.2026; overdue from 20.3; the reminder is sent on
/// Tuesday 7.4.2026 (due date + 17 days, on a Tuesday that is a bank day; seed 000).
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class InvoiceOrchestratorTests(AzuriteFixture azurite)
{
    private static readonly DateOnly InvoiceDate = new(2026, 3, 2);

    [Fact]
    public async Task GivenAnInvoiceOnItsDueDate_WhenItsTimerFires_ThenItBecomesOverdueOnTheNextDayAndSleepsUntilTheReminder()
    {
        // Ten business seconds before 18:00 on 20.3.2026, when the day's steps are taken; one wall second away.
        await using var host = await WorkflowTestHost.StartAsync(azurite, BusinessTime.StepsStartOf(new DateOnly(2026, 3, 20)).AddSeconds(-10), speed: 10);
        var id = (await host.SeedAsync(InvoiceDate, "timer-client"))[0];

        Assert.True(await host.Engine.FollowInvoiceAsync(id, CancellationToken.None));

        await WorkflowTestHost.EventuallyAsync(async () => (await host.StoredAsync(id)).State.Stage is Stage.Overdue, what: "the invoice became overdue");
        var stored = await host.StoredAsync(id);
        Assert.Equal(new DateOnly(2026, 3, 20), Assert.IsType<InvoiceEvent.BecameOverdue>(stored.History[^1].Event).On);
        Assert.Equal(new DateOnly(2026, 4, 7), stored.NextWakeUp);
        await WorkflowTestHost.EventuallyAsync(async () => WokenFor(await host.Client.GetInstanceAsync(id.Value, getInputsAndOutputs: true)) == BusinessTime.StepsStartOf(new DateOnly(2026, 3, 20)), what: "the orchestration continued as new after its timer");
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Client.GetInstanceAsync(id.Value))!.RuntimeStatus);
    }

    [Fact]
    public async Task GivenASleepingInvoice_WhenItIsPaidAndTold_ThenItAdvancesAtOnceAndItsOrchestrationEndsPaid()
    {
        // Business time runs as the wall clock: the invoice's next wake-up (20.3.2026) is weeks away.
        await using var host = await WorkflowTestHost.StartAsync(azurite, BusinessTime.At(new DateOnly(2026, 3, 5), new TimeOnly(9, 0)), speed: 1);
        var id = (await host.SeedAsync(InvoiceDate, "paid-client"))[0];
        await host.Engine.FollowInvoiceAsync(id, CancellationToken.None);
        await WorkflowTestHost.EventuallyAsync(async () => (await host.Client.GetInstanceAsync(id.Value))?.RuntimeStatus == OrchestrationRuntimeStatus.Running, what: "the orchestration runs");
        var staff = host.Services.GetRequiredService<StaffActions>();

        var paid = await staff.RecordPaymentAsync(id, "pay-1", Money.Of(60m), new DateOnly(2026, 3, 5), Stamp.BySystem(host.Now, "bank"), CancellationToken.None);
        await host.Engine.InvoiceChangedAsync(id, "bank payment", CancellationToken.None);

        Assert.IsType<Application.Invoices.CommandOutcome.Applied>(paid.Outcome);
        var done = await host.CompletionAsync(id.Value, seconds: 20);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("paid", JsonSerializer.Deserialize<string>(done.SerializedOutput!));
    }

    [Fact]
    public async Task GivenASleepingInvoice_WhenDeferredAndTold_ThenItTakesTheChangeInAtOnceDeliversTheConfirmationOnceAndSleepsOn()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite, BusinessTime.At(new DateOnly(2026, 3, 5), new TimeOnly(9, 0)), speed: 1);
        var id = (await host.SeedAsync(InvoiceDate, "deferred-client"))[0];
        await host.Engine.FollowInvoiceAsync(id, CancellationToken.None);
        var invoiceNotice = $"{id}-0001";
        await host.DeliveredAsync(invoiceNotice);
        var staff = host.Services.GetRequiredService<StaffActions>();

        var deferred = await staff.DeferAsync(id, new DateOnly(2026, 4, 17), new Stamp(new Actor("team-anna", StaffRole.Team), host.Now, "hospital stay"), CancellationToken.None);
        await host.Engine.InvoiceChangedAsync(id, "deferral", CancellationToken.None);

        var confirmation = Assert.Single(Assert.IsType<Application.Invoices.CommandOutcome.Applied>(deferred.Outcome).Notices).Id;
        await host.DeliveredAsync(confirmation, seconds: 20);
        await WorkflowTestHost.EventuallyAsync(async () => (await host.Client.GetInstanceAsync(id.Value, getInputsAndOutputs: true)) is { RuntimeStatus: OrchestrationRuntimeStatus.Running } i && WokenFor(i) is null, what: "it sleeps on");
        Assert.Equal(new DateOnly(2026, 4, 18), (await host.StoredAsync(id)).NextWakeUp);
        Assert.Equal(1, host.FilesOf(invoiceNotice));
        Assert.Equal(1, host.FilesOf(confirmation));
    }

    [Fact]
    public async Task GivenAnUnpaidInvoice_WhenItLivesFromIssueToEnforcement_ThenEveryStepAndNoticeHappensOnceAndTheOrchestrationSleepsForPeople()
    {
        // A business day every quarter of a second: the invoice's eighty days pass in about twenty seconds.
        await using var host = await WorkflowTestHost.StartAsync(azurite, BusinessTime.At(InvoiceDate, new TimeOnly(9, 0)), speed: 86_400 * 4);
        var id = (await host.SeedAsync(InvoiceDate, "unpaid-client"))[0];

        await host.Engine.FollowInvoiceAsync(id, CancellationToken.None);

        await WorkflowTestHost.EventuallyAsync(async () => (await host.StoredAsync(id)).State.Stage is Stage.InEnforcement, seconds: 90, what: "the invoice reached enforcement");
        var events = (await host.StoredAsync(id)).History.Select(h => h.Event.GetType().Name).ToList();
        Assert.Equal(["Issued", "BecameOverdue", "ReminderSent", "CollectionLetter1Sent", "CollectionLetter2Sent", "TransferredToEnforcement"], events);
        // The invoice (event 1), the reminder, the two collection letters and the enforcement notice (events 3 to 6).
        foreach (var noticeId in new[] { 1, 3, 4, 5, 6 }.Select(e => $"{id}-{e:D4}"))
        {
            await host.DeliveredAsync(noticeId);
            Assert.Equal(1, host.FilesOf(noticeId));
        }

        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Client.GetInstanceAsync(id.Value))!.RuntimeStatus);
    }

    private static DateTimeOffset? WokenFor(OrchestrationMetadata? instance) =>
        instance?.ReadInputAs<InvoiceWake>()?.WokenFor;
}
