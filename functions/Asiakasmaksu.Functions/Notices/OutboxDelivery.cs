using Asiakasmaksu.Application.Outbox;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Notices;

/// <summary>
/// Delivering the outbox: the <see cref="SendNotice"/> activity that orchestrations call after
/// they queued notices, and a timer that retries what could not be delivered (the dispatcher
/// spaces the attempts out). Emails go by SendGrid; printable letters go to the notices container.
/// </summary>
public sealed partial class OutboxDelivery(INoticeDispatcher dispatcher, ILogger<OutboxDelivery> logger)
{
    /// <summary>Activity: delivers the notices that are due; <paramref name="reason"/> (an invoice or request id) is for the log. Returns how many were delivered.</summary>
    [Function(nameof(SendNotice))]
    public async Task<int> SendNotice([ActivityTrigger] string reason, CancellationToken cancellationToken)
    {
        var sent = await dispatcher.DispatchAsync(cancellationToken).ConfigureAwait(false);
        if (sent.Count > 0)
        {
            LogDelivered(logger, sent.Count, reason);
        }

        return sent.Count;
    }

    /// <summary>Every 10 minutes: delivers what is due, including earlier failures whose next attempt has come.</summary>
    [Function(nameof(DeliverOutbox))]
    public async Task DeliverOutbox([TimerTrigger("0 */10 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        await SendNotice("outbox timer", cancellationToken).ConfigureAwait(false);

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "{Count} notices delivered ({Reason})")]
    private static partial void LogDelivered(ILogger logger, int count, string reason);
}
