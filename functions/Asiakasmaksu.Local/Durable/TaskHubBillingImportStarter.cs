using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations.Imports;
using DurableTask.Core;
using DurableTask.Core.Exceptions;

namespace Asiakasmaksu.Local.Durable;

/// <summary>
/// The <see cref="IBillingImportStarter"/> on DurableTask.Core's <see cref="TaskHubClient"/>: what
/// <c>serve</c>'s billing watcher starts a file's import orchestration with, the same
/// <see cref="BillingFileImportOrchestrator"/> the Functions app runs. The provider refuses an
/// instance id that exists in any state, so a second start of the same version is nothing.
/// </summary>
internal sealed class TaskHubBillingImportStarter(TaskHubClient client) : IBillingImportStarter
{
    private static readonly OrchestrationStatus[] AnyState =
    [
        OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.Suspended, OrchestrationStatus.ContinuedAsNew,
        OrchestrationStatus.Completed, OrchestrationStatus.Failed, OrchestrationStatus.Terminated, OrchestrationStatus.Canceled,
    ];

    /// <inheritdoc/>
    public async Task<bool> StartAsync(string fileName, string version, CancellationToken cancellationToken)
    {
        try
        {
            await client.CreateOrchestrationInstanceAsync(
                nameof(BillingFileImportOrchestrator),
                string.Empty,
                BillingFileImportSteps.InstanceId(fileName, version),
                new BillingImportState(fileName, version, BillingFileImportSteps.InvoicesPerSlice),
                null,
                AnyState).ConfigureAwait(false);
            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return false;
        }
    }
}
