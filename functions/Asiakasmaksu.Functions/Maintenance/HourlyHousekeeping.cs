using Asiakasmaksu.Application.Maintenance;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Maintenance;

/// <summary>
/// Every hour: deletes expired Idempotency-Keys and warns (a log warning, for an alert rule) when the
/// tariff configuration lacks a year or half-year within the next 90 days (<see cref="Housekeeping"/>).
/// </summary>
public sealed partial class HourlyHousekeeping(Housekeeping housekeeping, ILogger<HourlyHousekeeping> logger)
{
    /// <summary>The timer: five past every hour.</summary>
    [Function(nameof(HourlyHousekeeping))]
    public async Task Run([TimerTrigger("0 5 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await housekeeping.RunAsync(cancellationToken).ConfigureAwait(false);
        LogPurged(logger, result.IdempotencyKeysPurged);
        if (result.Tariffs.Warning() is { } warning)
        {
            LogTariffMissing(logger, warning);
        }
    }

    [LoggerMessage(EventId = 610, Level = LogLevel.Information, Message = "Housekeeping: {Count} expired idempotency keys deleted")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 611, Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogTariffMissing(ILogger logger, string warning);
}
