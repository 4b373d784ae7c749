using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Orchestrations.Imports;

/// <summary>Activity: the error report joined from the slices' parts and the file logged (<see cref="BillingFileImportSteps.FinishAsync"/>).</summary>
public sealed class FinishBillingImport(BillingFileImportSteps steps) : TaskActivity<BillingImportState, BillingImportSummary>
{
    /// <inheritdoc/>
    public override Task<BillingImportSummary> RunAsync(TaskActivityContext context, BillingImportState input) => RunAsync(input, CancellationToken.None);

    /// <summary>The activity's work, also called by the Functions app's activity trigger.</summary>
    public Task<BillingImportSummary> RunAsync(BillingImportState state, CancellationToken cancellationToken) => steps.FinishAsync(state, cancellationToken);
}
