using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Store;

/// <summary>An invoice as loaded: its state (replayed from its history), the history, and the concurrency token to commit against.</summary>
/// <param name="State">The state.</param>
/// <param name="History">Every event, in order.</param>
/// <param name="ConcurrencyToken">Opaque token (an ETag in Azure); a commit with a stale token fails.</param>
/// <param name="NextWakeUp">The wake-up date the store holds for it, if any.</param>
public sealed record StoredInvoice(IssuedInvoice State, IReadOnlyList<StoredEvent> History, string ConcurrencyToken, DateOnly? NextWakeUp)
{
    /// <summary>Audit records committed with a change of this invoice but not yet in the audit log (a crash came between); the next workflow run appends them.</summary>
    public IReadOnlyList<AuditRecord> PendingAudit { get; init; } = [];

    /// <summary>
    /// Whether this is a copy the store kept rather than what it read just now
    /// (<see cref="IInvoiceStore.LoadPossiblyStaleAsync"/>): only a commit against its token proves it current.
    /// </summary>
    public bool MayBeStale { get; init; }
}
