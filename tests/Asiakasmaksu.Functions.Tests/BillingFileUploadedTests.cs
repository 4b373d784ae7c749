using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Functions.Import;
using Asiakasmaksu.Functions.Invoices;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;

namespace Asiakasmaksu.Functions.Tests;

/// <summary>After an import: one orchestration per invoice created now, never two.</summary>
public sealed class BillingFileUploadedTests
{
    private const string FileName = "kotihoito-2026-02.csv";

    [Fact]
    public async Task GivenNewInvoices_ThenOneOrchestrationPerInvoiceWithTheInvoiceIdAsInstanceId()
    {
        var client = Durable.Client();

        var started = await BillingFileUploaded.StartNewInvoicesAsync(client.Object, Imported(["inv-a", "inv-b"], alreadyImported: 0), CancellationToken.None);

        Assert.Equal(2, started);
        foreach (var id in new[] { "inv-a", "inv-b" })
        {
            client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(nameof(InvoiceOrchestration.InvoiceOrchestrator), id, It.Is<StartOrchestrationOptions?>(o => o!.InstanceId == id), It.IsAny<CancellationToken>()), Times.Once);
        }
    }

    [Fact]
    public async Task GivenTheSameFileUploadedAgain_ThenNoInvoiceIsScheduledTwice()
    {
        var client = Durable.Client();
        await BillingFileUploaded.StartNewInvoicesAsync(client.Object, Imported(["inv-a", "inv-b"], alreadyImported: 0), CancellationToken.None);

        // The rerun of the same file creates nothing now: its invoices are reported as already imported.
        var again = await BillingFileUploaded.StartNewInvoicesAsync(client.Object, Imported([], alreadyImported: 2), CancellationToken.None);

        Assert.Equal(0, again);
        client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Theory]
    [InlineData(OrchestrationRuntimeStatus.Running)]
    [InlineData(OrchestrationRuntimeStatus.Pending)]
    [InlineData(OrchestrationRuntimeStatus.Completed)]
    public async Task GivenAnInstanceAlreadyExists_ThenItIsLeftAlone(OrchestrationRuntimeStatus status)
    {
        var client = Durable.Client(Durable.Instance(nameof(InvoiceOrchestration.InvoiceOrchestrator), "inv-a", status));

        var started = await BillingFileUploaded.StartNewInvoicesAsync(client.Object, Imported(["inv-a", "inv-b"], alreadyImported: 0), CancellationToken.None);

        Assert.Equal(1, started);
        client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), "inv-a", It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
        client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), "inv-b", It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GivenAFileRefusedWhole_ThenNothingIsScheduled()
    {
        var client = Durable.Client();

        var started = await BillingFileUploaded.StartNewInvoicesAsync(client.Object, new ImportOutcome(FileName, null, "the header has no client_id column", null), CancellationToken.None);

        Assert.Equal(0, started);
        client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static ImportOutcome Imported(IReadOnlyList<string> created, int alreadyImported) => new(
        FileName,
        new ImportReport(
            FileName,
            ImportId: "5f1c0e7a",
            Lines: 4 * (created.Count + alreadyImported),
            Accepted: 4 * (created.Count + alreadyImported),
            Rejected: 0,
            Duplicates: 0,
            InvoicesCreated: created.Count,
            InvoicesAlreadyImported: alreadyImported,
            AmountCreated: Money.Of(42.50m * created.Count),
            UnknownColumns: [],
            CreatedIds: created),
        null,
        null);
}
