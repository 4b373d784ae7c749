using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Durable;

/// <summary>Starting orchestrations with a known instance id, without ever starting one twice.</summary>
public static class Orchestrations
{
    /// <summary>
    /// Schedules <paramref name="orchestrator"/> as <paramref name="instanceId"/> unless an instance
    /// with that id exists in any state (running, finished or failed): that one is left alone.
    /// Returns whether it was scheduled.
    /// </summary>
    public static async Task<bool> StartIfAbsentAsync(DurableTaskClient client, TaskName orchestrator, string instanceId, object input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (await client.GetInstanceAsync(instanceId, false, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Schedules <paramref name="orchestrator"/> as <paramref name="instanceId"/> unless that
    /// instance is pending, running or suspended; a completed, failed or terminated one is replaced
    /// (the nightly self-healing). Returns whether it was scheduled.
    /// </summary>
    public static async Task<bool> StartUnlessActiveAsync(DurableTaskClient client, TaskName orchestrator, string instanceId, object input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (await client.GetInstanceAsync(instanceId, false, cancellationToken).ConfigureAwait(false) is { IsCompleted: false })
        {
            return false;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The ids of the instances that are pending, running or suspended.</summary>
    public static async Task<HashSet<string>> ActiveInstanceIdsAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var query = new OrchestrationQuery(
            Statuses: [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended],
            PageSize: 1000);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(instance.InstanceId);
        }

        return ids;
    }
}
