using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// What is asked of an invoice: a closed hierarchy. <paramref name="On"/> is the business day
/// (Europe/Helsinki) the command is decided on: time arrives as data, never from a clock.
/// </summary>
/// <param name="On">The business day.</param>
public abstract record InvoiceCommand(DateOnly On)
{
    /// <summary>Issue the invoice described by <paramref name="Draft"/>.</summary>
    public sealed record Issue(DateOnly On, InvoiceDraft Draft) : InvoiceCommand(On);

    /// <summary>Time has reached <paramref name="On"/>: take every step due by then.</summary>
    public sealed record Advance(DateOnly On) : InvoiceCommand(On);

    /// <summary>Record a payment; <paramref name="PaymentId"/> makes it idempotent (bank archive id, or the request's idempotency key).</summary>
    public sealed record RecordPayment(DateOnly On, string PaymentId, DateOnly PaidOn, Money Amount, Stamp Stamp) : InvoiceCommand(On);

    /// <summary>Move the due date to <paramref name="NewDueDate"/>.</summary>
    public sealed record Defer(DateOnly On, DateOnly NewDueDate, Stamp Stamp) : InvoiceCommand(On);

    /// <summary>Agree a payment plan whose installments sum to the balance.</summary>
    public sealed record AgreePaymentPlan(DateOnly On, ValueList<Installment> Installments, Stamp Stamp) : InvoiceCommand(On);

    /// <summary>Write off: the deceased client's estate inventory of <paramref name="InventoryDate"/> shows no assets.</summary>
    public sealed record WriteOffForEstate(DateOnly On, DateOnly InventoryDate, Stamp Stamp) : InvoiceCommand(On);

    /// <summary>Give up collecting the invoice (director only).</summary>
    public sealed record Waive(DateOnly On, Stamp Stamp) : InvoiceCommand(On);

    /// <summary>Cancel an erroneous invoice, or undo an erroneous transfer to collection.</summary>
    public sealed record Cancel(DateOnly On, CancellationReason Reason, Stamp Stamp) : InvoiceCommand(On);

    /// <summary>Record a written rectification claim received on <paramref name="ReceivedOn"/>.</summary>
    public sealed record ReceiveRectificationClaim(DateOnly On, string ClaimId, DateOnly ReceivedOn, Stamp Stamp) : InvoiceCommand(On);

    /// <summary>Decide a rectification claim; an accepted claim with <paramref name="NewAmount"/> rebills, without one cancels.</summary>
    public sealed record DecideRectificationClaim(DateOnly On, string ClaimId, bool Accepted, Money? NewAmount, Stamp Stamp) : InvoiceCommand(On);
}
