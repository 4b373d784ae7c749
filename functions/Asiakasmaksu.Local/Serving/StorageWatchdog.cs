using Asiakasmaksu.Adapters.Azurite;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Keeps the local host's storage answering and says what is wrong when it does not: an Azurite the
/// host started that dies is started again on the same folder and ports, and what the host keeps its
/// data in is created again where the dead one had not saved it; storage it does not own
/// (configured, or another process's Azurite) is probed, and its loss and return are logged (storage
/// that connects but answers late is reported slow, not lost). Until
/// storage is back, the staff API answers 503 and the engine retries; afterwards both go on.
/// </summary>
internal sealed partial class StorageWatchdog(string connectionString, OwnedStorage? owned, Func<CancellationToken, Task> provision, ILogger<StorageWatchdog> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    /// <summary>How long a probe waits for an answer: storage connected to but silent longer than this is reported slow.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var answer = StorageAnswer.Answers;
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

                var now = await AzuriteProcess.ProbeAsync(connectionString, ProbeTimeout).ConfigureAwait(false);
                if (now != answer)
                {
                    Log(now, answer);
                    answer = now;
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

    /// <summary>
    /// Logs a change of how storage answers. A busy emulator that accepts connections but answers late
    /// (Azurite under a heavy import or thousands of wake-ups at once) is slow, a warning: requests
    /// wait for it. Storage that cannot be connected to is lost, an error.
    /// </summary>
    private void Log(StorageAnswer now, StorageAnswer before)
    {
        switch (now)
        {
            case StorageAnswer.Unreachable:
                LogLost(logger);
                break;
            case StorageAnswer.Slow:
                LogSlow(logger, ProbeTimeout.TotalSeconds);
                break;
            case StorageAnswer.Answers when before == StorageAnswer.Slow:
                LogQuickAgain(logger);
                break;
            default:
                LogBack(logger);
                break;
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

    [LoggerMessage(EventId = 65, Level = LogLevel.Warning, Message = "Storage is slow: it accepts connections but has not answered within {Seconds} s (busy); requests wait for it")]
    private static partial void LogSlow(ILogger logger, double seconds);

    [LoggerMessage(EventId = 66, Level = LogLevel.Information, Message = "Storage answers in time again")]
    private static partial void LogQuickAgain(ILogger logger);

    [LoggerMessage(EventId = 64, Level = LogLevel.Error, Message = "The local storage could not be started again ({ExceptionType}); trying again")]
    private static partial void LogRestartFailed(ILogger logger, string exceptionType);
}
