using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Keeps the local host's storage answering and says what is wrong when it does not: an Azurite the
/// host started that dies is started again on the same folder and ports, and what the host keeps its
/// data in is created again where the dead one had not saved it; storage it does not own
/// (configured, or another process's Azurite) is probed, and its loss and return are logged. Until
/// storage is back, the staff API answers 503 and the engine retries; afterwards both go on.
/// </summary>
internal sealed partial class StorageWatchdog(string connectionString, OwnedStorage? owned, Func<CancellationToken, Task> provision, ILogger<StorageWatchdog> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var answering = true;
        var provisioned = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Every, stoppingToken).ConfigureAwait(false);
                if (owned is { Current.HasExited: true })
                {
                    LogDied(logger);
                    provisioned = false;
                    await owned.RestartAsync(stoppingToken).ConfigureAwait(false);
                }

                if (!provisioned)
                {
                    await provision(stoppingToken).ConfigureAwait(false);
                    provisioned = true;
                    LogRestarted(logger);
                    continue;
                }

                var now = await AzuriteProcess.IsReachableAsync(connectionString, TimeSpan.FromSeconds(3)).ConfigureAwait(false);
                if (now != answering)
                {
                    (now ? (Action<ILogger>)LogBack : LogLost)(logger);
                    answering = now;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRestartFailed(logger, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 60, Level = LogLevel.Error, Message = "The local storage (the Azurite this host started) stopped unexpectedly; starting it again on the same data folder and ports")]
    private static partial void LogDied(ILogger logger);

    [LoggerMessage(EventId = 61, Level = LogLevel.Warning, Message = "The local storage is running again; the staff API and the engine go on")]
    private static partial void LogRestarted(ILogger logger);

    [LoggerMessage(EventId = 62, Level = LogLevel.Error, Message = "Storage does not answer: the staff API answers 503 and the engine retries until it is back")]
    private static partial void LogLost(ILogger logger);

    [LoggerMessage(EventId = 63, Level = LogLevel.Warning, Message = "Storage answers again")]
    private static partial void LogBack(ILogger logger);

    [LoggerMessage(EventId = 64, Level = LogLevel.Error, Message = "The local storage could not be started again ({ExceptionType}); trying again")]
    private static partial void LogRestartFailed(ILogger logger, string exceptionType);
}
