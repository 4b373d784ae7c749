using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// What happened to an invoice: a closed hierarchy of facts. Each event carries every amount
/// the decider computed, so replaying history never depends on today's tariffs.
/// </summary>
/// <param name="On">The business day it happened (Europe/Helsinki).</param>
public abstract record InvoiceEvent(DateOnly On)
{
    /// <summary>The timeline type in files and JSON, or null for internal events that are not shown.</summary>
    public abstract string? TimelineType { get; }

    /// <summary>The invoice was issued and its invoice sent.</summary>
    public sealed record Issued(DateOnly On, InvoiceFacts Facts, DateOnly DueDate) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "invoiced";
    }

    /// <summary>The due date passed unpaid.</summary>
    public sealed record BecameOverdue(DateOnly On) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => null;
    }

    /// <summary>Transferred to collection with a reminder: its fee, interest accrued to this day (exact), its due date.</summary>
    public sealed record ReminderSent(DateOnly On, Money Fee, decimal InterestAccrued, DateOnly DueDate) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "reminder";
    }

    /// <summary>The first collection letter was sent.</summary>
    public sealed record CollectionLetter1Sent(DateOnly On, Money Fee, decimal InterestAccrued, DateOnly DueDate) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "collection_letter_1";
    }

    /// <summary>The second collection letter was sent.</summary>
    public sealed record CollectionLetter2Sent(DateOnly On, Money Fee, decimal InterestAccrued, DateOnly DueDate) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "collection_letter_2";
    }

    /// <summary>Transferred to enforcement after the second letter fell due unpaid.</summary>
    public sealed record TransferredToEnforcement(DateOnly On, decimal InterestAccrued) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "enforcement";
    }

    /// <summary>A payment arrived and was allocated; interest was accrued to <paramref name="InterestThrough"/> first.</summary>
    public sealed record PaymentReceived(
        DateOnly On,
        string PaymentId,
        DateOnly PaidOn,
        Money Amount,
        PaymentAllocation Allocation,
        decimal InterestAccrued,
        DateOnly InterestThrough,
        Stamp Stamp) : InvoiceEvent(On)
    {
        /// <summary>Costs of steps taken after <see cref="PaidOn"/> that this payment takes back before it is allocated (<see cref="CostsWithdrawn"/>); null when none.</summary>
        public CostsWithdrawn? Withdrawn { get; init; }

        /// <inheritdoc/>
        public override string? TimelineType => "payment";
    }

    /// <summary>Nothing is owed any more: the invoice is paid.</summary>
    public sealed record Settled(DateOnly On) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => null;
    }

    /// <summary>The due date was moved (eräpäivän siirto).</summary>
    public sealed record DueDateDeferred(DateOnly On, DateOnly? PreviousDueDate, DateOnly NewDueDate, bool InCollection, Stamp Stamp) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "deferral";
    }

    /// <summary>A payment plan was agreed; interest accrued to this day (exact) is frozen in the balance.</summary>
    public sealed record PaymentPlanAgreed(DateOnly On, ValueList<Installment> Installments, decimal InterestAccrued, Stamp Stamp) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "payment_plan";
    }

    /// <summary>An installment fell due unpaid: the plan ends and collection resumes from where it stood, counted from that due date.</summary>
    public sealed record InstallmentMissed(DateOnly On, DateOnly InstallmentDueDate, Money Shortfall) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "installment_missed";
    }

    /// <summary>Written off: the deceased client's estate has no assets.</summary>
    public sealed record WrittenOff(DateOnly On, DateOnly InventoryDate, Money Amount, Stamp Stamp) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "written_off";
    }

    /// <summary>A director gave up collecting the invoice.</summary>
    public sealed record Waived(DateOnly On, Money Amount, Stamp Stamp) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "waived";
    }

    /// <summary>Cancelled as an erroneous invoice; money already paid becomes credit.</summary>
    public sealed record Cancelled(DateOnly On, Money Refunded, Stamp Stamp) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "cancelled";
    }

    /// <summary>An erroneous transfer was undone: fees and interest removed; what was paid of them (<paramref name="Refunded"/>) pays the principal, and only what is beyond it becomes credit.</summary>
    public sealed record CollectionCostsRemoved(DateOnly On, Money FeesRemoved, Money InterestRemoved, Money Refunded, Stamp Stamp) : InvoiceEvent(On)
    {
        /// <summary>
        /// Of <see cref="Refunded"/>, what pays the principal (the rest is credit); null in events recorded
        /// before that rule, which made all of it credit (replayed as they were).
        /// </summary>
        public Money? ToPrincipal { get; init; }

        /// <inheritdoc/>
        public override string? TimelineType => "collection_costs_removed";
    }

    /// <summary>A written rectification claim was received: collection pauses.</summary>
    public sealed record RectificationClaimReceived(DateOnly On, string ClaimId, DateOnly ReceivedOn, bool WithinTimeLimit, Stamp Stamp) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "rectification_claim";
    }

    /// <summary>The claim was rejected: collection resumes, later steps shifted by the paused days.</summary>
    public sealed record RectificationClaimRejected(DateOnly On, string ClaimId, int PausedDays, Stamp Stamp) : InvoiceEvent(On)
    {
        /// <inheritdoc/>
        public override string? TimelineType => "rectification_decision";
    }

    /// <summary>
    /// The claim was accepted: with a new (lower) amount the invoice is billed anew from this day
    /// with collection costs removed; without one it is cancelled.
    /// </summary>
    public sealed record RectificationClaimAccepted(DateOnly On, string ClaimId, Money? NewAmount, DateOnly? NewDueDate, Stamp Stamp) : InvoiceEvent(On)
    {
        /// <summary>
        /// With a new amount: what was paid of the collection costs removed that counts toward it (the rest
        /// is credit); null in events recorded before that rule, which made all of it credit (replayed as they were).
        /// </summary>
        public Money? CostsToPrincipal { get; init; }

        /// <inheritdoc/>
        public override string? TimelineType => "rectification_decision";
    }
}
