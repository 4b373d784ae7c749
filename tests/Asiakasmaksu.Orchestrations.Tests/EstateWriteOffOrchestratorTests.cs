using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Orchestrations.Tests.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.Orchestrations.Tests;

/// <summary>
/// The estate write-off on a real engine (seed 002): the estate inventory of a deceased client shows
/// no assets, so every open invoice of the client, and only those, is written off at once, and the
/// estate gets one confirmation.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class EstateWriteOffOrchestratorTests(AzuriteFixture azurite)
{
    private static readonly DateOnly InvoiceDate = new(2026, 3, 2);

    [Fact]
    public async Task GivenADeceasedClientWithTwoOpenInvoicesAndAPaidOne_WhenWrittenOff_ThenBothOpenOnesCloseWithOneConfirmationAndNothingElseChanges()
    {
        await using var host = await WorkflowTestHost.StartAsync(azurite, BusinessTime.At(new DateOnly(2026, 3, 5), new TimeOnly(9, 0)), speed: 1);
        var deceased = $"estate-{Guid.NewGuid():N}"[..20];
        var open1 = (await host.SeedAsync(InvoiceDate, deceased))[0];
        var open2 = (await host.SeedAsync(InvoiceDate.AddDays(-28), deceased))[0];
        var paid = (await host.SeedAsync(InvoiceDate, deceased))[0];
        var other = (await host.SeedAsync(InvoiceDate, $"other-{Guid.NewGuid():N}"[..20]))[0];
        await host.Services.GetRequiredService<StaffActions>().RecordPaymentAsync(paid, "pay-1", Money.Of(60m), new DateOnly(2026, 3, 4), Stamp.BySystem(host.Now, "bank"), CancellationToken.None);
        var order = new EstateWriteOffOrder(deceased, new DateOnly(2026, 3, 3), new Stamp(new Actor("team-anna", StaffRole.Team), host.Now, "estate inventory shows no assets"));

        Assert.True(await host.Engine.StartEstateWriteOffAsync("estate-test-1", order, CancellationToken.None));
        var summary = (await host.CompletionAsync("estate-test-1")).ReadOutputAs<EstateWriteOffSummary>()!;
        Assert.False(await host.Engine.StartEstateWriteOffAsync("estate-test-1", order, CancellationToken.None));
        Assert.True(await host.Engine.StartEstateWriteOffAsync("estate-test-2", order, CancellationToken.None));
        var rerun = (await host.CompletionAsync("estate-test-2")).ReadOutputAs<EstateWriteOffSummary>()!;

        Assert.Equal((2, 0), (summary.WrittenOff, summary.Refusals.Count));
        Assert.Equal("written_off", (await host.StoredAsync(open1)).State.Status);
        Assert.Equal("written_off", (await host.StoredAsync(open2)).State.Status);
        Assert.Equal("paid", (await host.StoredAsync(paid)).State.Status);
        Assert.Equal("open", (await host.StoredAsync(other)).State.Status);
        var confirmation = Assert.IsType<string>(summary.ConfirmationNoticeId);
        await host.DeliveredAsync(confirmation);
        Assert.Equal(1, host.FilesOf(confirmation));
        Assert.Equal((0, confirmation), (rerun.WrittenOff, rerun.ConfirmationNoticeId));
    }
}
