using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Store;

/// <summary>
/// New events of an existing invoice, committed atomically with the notices they cause (the
/// outbox) if the invoice is still at <see cref="ConcurrencyToken"/>.
/// </summary>
/// <param name="Before">The invoice as loaded.</param>
/// <param name="ConcurrencyToken">The token it was loaded with.</param>
/// <param name="Events">The new events, in order; numbered from the loaded version + 1.</param>
/// <param name="After">The state after them.</param>
/// <param name="Notices">The notices the events cause.</param>
/// <param name="NextWakeUp">When the invoice must wake up next, or null.</param>
/// <param name="RecordedAt">When.</param>
public sealed record InvoiceChange(
    IssuedInvoice Before,
    string ConcurrencyToken,
    IReadOnlyList<InvoiceEvent> Events,
    IssuedInvoice After,
    IReadOnlyList<Notice> Notices,
    DateOnly? NextWakeUp,
    DateTimeOffset RecordedAt)
{
    /// <summary>The invoice.</summary>
    public InvoiceId Id => After.Facts.Id;

    /// <summary>
    /// The audit records of the staff change this is (usually one), committed with it as one unit:
    /// the store keeps them with the invoice in the same transaction until they are in the audit log
    /// (<see cref="IInvoiceStore.CompleteAuditAsync"/>), so a crash between the commit and the
    /// audit append leaves them pending (<see cref="StoredInvoice.PendingAudit"/>), never lost.
    /// </summary>
    public IReadOnlyList<AuditRecord> Audit { get; init; } = [];

    /// <summary>
    /// When given, the notices are stored claimed under it (<see cref="NoticeHold"/>): the committer
    /// delivers them next, taking the claim with <see cref="IOutboxStore.ClaimHeldAsync"/>.
    /// </summary>
    public NoticeHold? Hold { get; init; }
}
