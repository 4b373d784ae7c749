namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// The collection costs one step charged on its day (a reminder, a collection letter, the transfer
/// to enforcement, a payment plan fixing the balance): its fee and the late interest it added to what
/// was charged. Kept so that a payment made before the step can be applied as of its own day.
/// </summary>
/// <param name="On">The day the step charged them.</param>
/// <param name="Fee">The fee it charged.</param>
/// <param name="Interest">The late interest it added to the interest charged.</param>
public sealed record CostCharge(DateOnly On, Money Fee, Money Interest);
