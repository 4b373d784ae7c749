using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Orchestrations.Imports;

/// <summary>
/// The <see cref="IBillingImportStarter"/> on a <see cref="DurableTaskClient"/> (the Functions app's
/// Durable client, the tests' engine): schedules <see cref="BillingFileImportOrchestrator"/> as
/// <see cref="BillingFileImportSteps.InstanceId"/> unless an instance with that id exists in any state.
/// </summary>
public sealed class DurableBillingImportStarter(DurableTaskClient client) : IBillingImportStarter
{
    /// <summary>Invoices per slice (tests set fewer).</summary>
    public int InvoicesPerSlice { get; init; } = BillingFileImportSteps.InvoicesPerSlice;

    /// <inheritdoc/>
    public async Task<bool> StartAsync(string fileName, string version, CancellationToken cancellationToken)
    {
        var instanceId = BillingFileImportSteps.InstanceId(fileName, version);
        if (await client.GetInstanceAsync(instanceId, false, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(BillingFileImportOrchestrator),
            new BillingImportState(fileName, version, InvoicesPerSlice),
            new StartOrchestrationOptions(instanceId),
            cancellationToken).ConfigureAwait(false);
        return true;
    }
}
