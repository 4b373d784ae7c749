using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Outbox;

/// <summary>
/// The outbox: every notice is stored (with the events that caused it, by the invoice store, or
/// here for notices of no single invoice commit) before it is sent. A dispatcher claims a notice
/// before it renders and sends it, and marks it sent (or failed) under that claim, so that passes
/// running at the same time deliver each notice once (docs/notices.md, "The outbox").
/// </summary>
/// <remarks>
/// A notice is <em>pending</em> at an instant when it is stored (its commit has happened), not yet
/// marked sent, its next attempt is due (never before the start of its own date, see
/// <see cref="OutboxTiming.FirstAttempt"/>) and it is not claimed by a claim still running then.
/// </remarks>
public interface IOutboxStore
{
    /// <summary>Stores a notice that belongs to no single invoice commit (an estate confirmation, a refused deferral); idempotent by notice id.</summary>
    Task AddAsync(Notice notice, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Notices pending at <paramref name="now"/>, at most <paramref name="max"/>. A hint: only <see cref="ClaimAsync(string, DateTimeOffset, TimeSpan, CancellationToken)"/> decides who delivers.</summary>
    IAsyncEnumerable<OutboxEntry> PendingAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>
    /// The notices of one invoice (<see cref="Notice.InvoiceId"/> is <paramref name="invoiceId"/>),
    /// committed with it or added for it, that are pending at <paramref name="now"/>; read from that
    /// invoice's own notices, never by scanning the outbox. A hint, as <see cref="PendingAsync"/>.
    /// </summary>
    IAsyncEnumerable<OutboxEntry> PendingForInvoiceAsync(InvoiceId invoiceId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Claims notice <paramref name="noticeId"/> for delivery until <paramref name="now"/> +
    /// <paramref name="lease"/>, when it is pending at <paramref name="now"/> (a claim that has run
    /// out no longer counts); otherwise, and for an unknown notice, null. Of callers claiming one
    /// notice at once exactly one gets it (an update guarded by the record's version).
    /// </summary>
    Task<OutboxClaim?> ClaimAsync(string noticeId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="ClaimAsync(string, DateTimeOffset, TimeSpan, CancellationToken)"/> for a notice the
    /// caller already holds as stored: read from this outbox (an <see cref="OutboxEntry"/>), or committed
    /// by the caller itself with its invoice. A store may then skip reading the notice back (notices
    /// never change once stored); the claim is decided by the notice's record as always.
    /// </summary>
    Task<OutboxClaim?> ClaimAsync(Notice stored, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        ClaimAsync(stored.Id, now, lease, cancellationToken);

    /// <summary>
    /// The claim a commit stored notice <paramref name="stored"/> under (<see cref="InvoiceChange.Hold"/>),
    /// for its committer: when at <paramref name="now"/> the notice is still held so (not marked, due,
    /// the hold not run out), that claim, until the hold's end, without writing anything. Otherwise as
    /// <see cref="ClaimAsync(Notice, DateTimeOffset, TimeSpan, CancellationToken)"/>: a hold that ran out
    /// unclaimed is claimed anew, one that someone else claimed since gives null.
    /// </summary>
    Task<OutboxClaim?> ClaimHeldAsync(Notice stored, NoticeHold hold, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the claimed notice delivered, with how, when <paramref name="claim"/> is still its current
    /// claim (even if it has run out, as long as no one has claimed it since); returns true then. Otherwise
    /// (marked before, or claimed by another since) it changes nothing and returns false. A notice
    /// marked sent is never pending again. Throws <see cref="InvalidOperationException"/> for a notice the outbox does not hold.
    /// </summary>
    Task<bool> MarkSentAsync(OutboxClaim claim, NoticeDelivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed attempt under <paramref name="claim"/> (the notice's attempts become
    /// <paramref name="attempts"/>) and releases the claim: the notice is pending again at
    /// <paramref name="nextAttemptAt"/>. Returns false and changes nothing unless the claim is still
    /// the notice's current one and the notice is not marked sent.
    /// </summary>
    Task<bool> MarkFailedAsync(OutboxClaim claim, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken);

    /// <summary>The delivery record of a notice, or null while it is pending or unknown.</summary>
    Task<NoticeDelivery?> DeliveryOfAsync(string noticeId, CancellationToken cancellationToken);
}
