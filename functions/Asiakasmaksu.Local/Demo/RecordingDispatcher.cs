using System.Collections.Concurrent;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Local.Demo;

/// <summary>
/// The dispatcher of the durable demo: delivers as the host's own does and keeps every notice it
/// delivered, with the business day of its delivery, for <c>notices.json</c>.
/// </summary>
internal sealed class RecordingDispatcher(INoticeDispatcher inner) : INoticeDispatcher
{
    private readonly ConcurrentQueue<DispatchedNotice> delivered = new();

    /// <summary>Every notice delivered so far, with its business day.</summary>
    public IReadOnlyList<(DateOnly Day, DispatchedNotice Sent)> Delivered =>
        [.. delivered.Select(d => (BusinessTime.DateOf(d.Delivery.At), d))];

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DispatchedNotice>> DispatchAsync(CancellationToken cancellationToken) =>
        Keep(await inner.DispatchAsync(cancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DispatchedNotice>> DispatchForInvoiceAsync(InvoiceId invoiceId, CancellationToken cancellationToken) =>
        Keep(await inner.DispatchForInvoiceAsync(invoiceId, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DispatchedNotice>> DispatchNoticesAsync(IReadOnlyCollection<string> noticeIds, CancellationToken cancellationToken) =>
        Keep(await inner.DispatchNoticesAsync(noticeIds, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DispatchedNotice>> DispatchCommittedAsync(IReadOnlyCollection<Notice> committed, NoticeHold? hold, CancellationToken cancellationToken) =>
        Keep(await inner.DispatchCommittedAsync(committed, hold, cancellationToken).ConfigureAwait(false));

    private IReadOnlyList<DispatchedNotice> Keep(IReadOnlyList<DispatchedNotice> sent)
    {
        foreach (var notice in sent)
        {
            delivered.Enqueue(notice);
        }

        return sent;
    }
}
