using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>
/// Delivers the outbox's pending notices (claims each, renders it, emails it or stores the letter,
/// marks it sent). Any number of dispatchers may run at once: a notice goes out once.
/// </summary>
public interface INoticeDispatcher
{
    /// <summary>Delivers what is due at the clock's now (the sweeper: every due notice); returns what was delivered.</summary>
    Task<IReadOnlyList<DispatchedNotice>> DispatchAsync(CancellationToken cancellationToken);

    /// <summary>Delivers the due notices of one invoice only (Notice.InvoiceId == invoiceId), whether committed with the invoice or added for it.</summary>
    Task<IReadOnlyList<DispatchedNotice>> DispatchForInvoiceAsync(InvoiceId invoiceId, CancellationToken cancellationToken);

    /// <summary>Delivers the given notices if they are due and not yet delivered (e.g. a deferral-refused notice, an estate confirmation).</summary>
    Task<IReadOnlyList<DispatchedNotice>> DispatchNoticesAsync(IReadOnlyCollection<string> noticeIds, CancellationToken cancellationToken);

    /// <summary>
    /// Delivers notices the caller has just committed with its invoice (an invoice's wake-up, its own
    /// new notices) if they are due and not yet delivered, without reading them back from the outbox;
    /// under the claim its commit stored them with, when it gave one (<paramref name="hold"/>).
    /// </summary>
    Task<IReadOnlyList<DispatchedNotice>> DispatchCommittedAsync(IReadOnlyCollection<Notice> committed, NoticeHold? hold, CancellationToken cancellationToken);
}
