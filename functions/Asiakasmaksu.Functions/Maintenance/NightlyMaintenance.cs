using Asiakasmaksu.Orchestrations.Maintenance;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Maintenance;

/// <summary>Every night: the self-healing and purge of <see cref="WorkflowSelfHealing"/>.</summary>
public sealed partial class NightlyMaintenance(WorkflowSelfHealing selfHealing, ILogger<NightlyMaintenance> logger)
{
    /// <summary>The timer: 01:30 UTC (03:30 or 04:30 in Helsinki), after the day's last changes.</summary>
    [Function(nameof(NightlyMaintenance))]
    public async Task Run([TimerTrigger("0 30 1 * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var result = await selfHealing.RunAsync(client, cancellationToken).ConfigureAwait(false);
        LogNight(logger, result.InvoicesStarted, result.RequestsStarted, result.InstancesPurged);
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Nightly maintenance: {Invoices} invoice orchestrations and {Requests} deferral approvals started again, {Purged} ended instances purged")]
    private static partial void LogNight(ILogger logger, int invoices, int requests, int purged);
}
