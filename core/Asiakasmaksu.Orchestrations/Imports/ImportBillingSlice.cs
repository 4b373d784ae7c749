using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.Orchestrations.Imports;

/// <summary>
/// Activity: imports the next slice of a billing file (<see cref="BillingFileImportSteps.ImportSliceAsync"/>),
/// starting its invoices' orchestrations. On the local host and the tests' engine the engine comes
/// from the services; the Functions app's trigger passes the invocation's Durable client.
/// </summary>
public sealed class ImportBillingSlice(BillingFileImportSteps steps, IServiceProvider services) : TaskActivity<BillingImportState, BillingSliceResult>
{
    /// <inheritdoc/>
    public override Task<BillingSliceResult> RunAsync(TaskActivityContext context, BillingImportState input) =>
        RunAsync(input, services.GetRequiredService<IWorkflowEngine>(), CancellationToken.None);

    /// <summary>The activity's work, also called by the Functions app's activity trigger.</summary>
    public Task<BillingSliceResult> RunAsync(BillingImportState state, IWorkflowEngine engine, CancellationToken cancellationToken) =>
        steps.ImportSliceAsync(state, engine, cancellationToken);
}
