using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>
/// The outbox: every notice is stored (with the events that caused it, by the invoice store, or
/// here for notices of no single invoice) before it is sent, and is marked sent once delivered.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Stores a notice that belongs to no single invoice commit (an estate confirmation); idempotent by notice id.</summary>
    Task AddAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Notices not yet delivered whose next attempt is due at <paramref name="now"/>, at most <paramref name="max"/>.</summary>
    IAsyncEnumerable<OutboxEntry> PendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Marks a notice delivered, with how; a notice marked once is never pending again.</summary>
    Task MarkSentAsync(string noticeId, NoticeDelivery delivery, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt and when to try again.</summary>
    Task MarkFailedAsync(string noticeId, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken);

    /// <summary>The delivery record of a notice, or null while it is pending or unknown.</summary>
    Task<NoticeDelivery?> DeliveryOfAsync(string noticeId, CancellationToken cancellationToken);
}
