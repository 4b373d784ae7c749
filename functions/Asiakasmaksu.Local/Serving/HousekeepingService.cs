using Asiakasmaksu.Application.Maintenance;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// The local host's housekeeping (what the Functions app's hourly timer is): at start and then every
/// hour, deletes expired Idempotency-Keys and warns in the log when the tariff configuration lacks a
/// year or half-year within the next 90 days (<see cref="Housekeeping"/>).
/// </summary>
internal sealed partial class HousekeepingService(Housekeeping housekeeping, ILogger<HousekeepingService> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                var result = await housekeeping.RunAsync(stoppingToken).ConfigureAwait(false);
                if (result.IdempotencyKeysPurged > 0)
                {
                    LogPurged(logger, result.IdempotencyKeysPurged);
                }

                if (result.Tariffs.Warning() is { } warning)
                {
                    LogTariffMissing(logger, warning);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 70, Level = LogLevel.Information, Message = "Housekeeping: {Count} expired idempotency keys deleted")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 71, Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogTariffMissing(ILogger logger, string warning);

    [LoggerMessage(EventId = 72, Level = LogLevel.Error, Message = "Housekeeping failed with {ExceptionType}; trying again in an hour")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
