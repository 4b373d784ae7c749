using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Local.Clock;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// The local outbox sweeper (what the Functions app's 10-minute timer is): delivers what the
/// orchestrations did not, such as a notice dated in the future whose day has come, a notice of no
/// single invoice (a free card), or an earlier failure whose next attempt has come. Under the
/// demonstration clock it also tells the clock when the earliest waiting notice is due, so that
/// business time waits there until it is delivered (<see cref="GovernedBusinessClock.SetOutboxDue"/>).
/// </summary>
internal sealed partial class OutboxSweeper(
    INoticeDispatcher dispatcher,
    IOutboxStore outbox,
    TimeProvider clock,
    OutboxSweeperOptions options,
    ILogger<OutboxSweeper> logger,
    GovernedBusinessClock? governed = null) : BackgroundService
{
    /// <summary>Later than any notice is due: the outbox's queue keys are instants, so not <see cref="DateTimeOffset.MaxValue"/>.</summary>
    private static readonly DateTimeOffset FarFuture = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly SemaphoreSlim onePass = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }

            try
            {
                await Task.Delay(governed is null ? options.Interval : options.GovernedInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// One pass: delivers what is due; under the demonstration clock, first and after delivering,
    /// tells it when the earliest waiting notice is due. Passes never overlap.
    /// </summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await onePass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (governed is not null)
            {
                var earliest = await EarliestAsync(cancellationToken).ConfigureAwait(false);
                if (earliest is null || earliest > clock.GetUtcNow())
                {
                    return;
                }
            }

            var sent = await dispatcher.DispatchAsync(cancellationToken).ConfigureAwait(false);
            if (sent.Count > 0)
            {
                LogDelivered(logger, sent.Count);
            }

            if (governed is not null)
            {
                await EarliestAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            onePass.Release();
        }
    }

    /// <summary>The earliest waiting notice's next attempt, also handed to the demonstration clock.</summary>
    private async Task<DateTimeOffset?> EarliestAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? earliest = null;
        await foreach (var entry in outbox.PendingAsync(FarFuture, 1, cancellationToken).ConfigureAwait(false))
        {
            earliest = entry.NextAttemptAt;
        }

        governed?.SetOutboxDue(earliest);
        return earliest;
    }

    public override void Dispose()
    {
        onePass.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Outbox sweep: {Count} notices delivered")]
    private static partial void LogDelivered(ILogger logger, int count);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "Outbox sweep failed with {ExceptionType}; retrying next pass")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
