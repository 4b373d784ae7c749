using Asiakasmaksu.Application.Outbox;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Notices;

/// <summary>
/// The outbox sweeper: every 10 minutes it delivers what the orchestrations did not (a notice dated
/// in the future whose day has come, a notice of no single invoice such as a free card, an earlier
/// failure whose next attempt has come; the dispatcher spaces attempts out).
/// </summary>
public sealed partial class OutboxDelivery(INoticeDispatcher dispatcher, ILogger<OutboxDelivery> logger)
{
    /// <summary>The timer.</summary>
    [Function(nameof(DeliverOutbox))]
    public async Task DeliverOutbox([TimerTrigger("0 */10 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var sent = await dispatcher.DispatchAsync(cancellationToken).ConfigureAwait(false);
        if (sent.Count > 0)
        {
            LogDelivered(logger, sent.Count);
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Outbox sweep: {Count} notices delivered")]
    private static partial void LogDelivered(ILogger logger, int count);
}
