using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations.Imports;

namespace Asiakasmaksu.Local.Durable;

/// <summary>
/// The <see cref="IBillingImportStarter"/> of the local host: what <c>serve</c>'s billing watcher
/// starts a file's import orchestration with, the same <see cref="BillingFileImportOrchestrator"/>
/// the Functions app runs, through <see cref="TaskHubClientEngine"/>'s start (a second start of the
/// same version is nothing).
/// </summary>
internal sealed class TaskHubBillingImportStarter(TaskHubClientEngine engine) : IBillingImportStarter
{
    /// <inheritdoc/>
    public Task<bool> StartAsync(string fileName, string version, CancellationToken cancellationToken) =>
        engine.StartIfAbsentAsync(
            nameof(BillingFileImportOrchestrator),
            BillingFileImportSteps.InstanceId(fileName, version),
            new BillingImportState(fileName, version, BillingFileImportSteps.InvoicesPerSlice));
}
