using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations;
using Asiakasmaksu.Orchestrations.Imports;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Workflows;

/// <summary>A billing file's import in slices as Durable Functions, written once in core (<see cref="BillingFileImportOrchestrator"/>).</summary>
public sealed class BillingFileImportFunctions(ImportBillingSlice slice, FinishBillingImport finish)
{
    /// <summary>The orchestrator trigger.</summary>
    [Function(nameof(BillingFileImportOrchestrator))]
    public static Task<BillingImportSummary?> RunBillingFileImportOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context, BillingImportState input) =>
        new BillingFileImportOrchestrator().RunAsync(context, input);

    /// <summary>Activity trigger: one slice, its invoices' orchestrations started with the invocation's Durable client.</summary>
    [Function(nameof(ImportBillingSlice))]
    public Task<BillingSliceResult> RunImportBillingSlice([ActivityTrigger] BillingImportState state, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        slice.RunAsync(state, new DurableTaskClientEngine(client), cancellationToken);

    /// <summary>Activity trigger: the error report and the log entry.</summary>
    [Function(nameof(FinishBillingImport))]
    public Task<BillingImportSummary> RunFinishBillingImport([ActivityTrigger] BillingImportState state, CancellationToken cancellationToken) =>
        finish.RunAsync(state, cancellationToken);
}
