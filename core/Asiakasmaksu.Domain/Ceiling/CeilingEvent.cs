namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>
/// What happened to a ceiling account: a closed hierarchy of facts carrying every computed
/// amount, so replaying never depends on today's tariffs.
/// </summary>
/// <param name="On">The business day it happened.</param>
public abstract record CeilingEvent(DateOnly On)
{
    /// <summary>A new line was charged: what the client pays for it after the ceiling.</summary>
    public sealed record LineCharged(DateOnly On, CeilingLine Line, CeilingCharge Charge) : CeilingEvent(On);

    /// <summary>
    /// A recomputation changed the charge of a line already charged (an earlier line arrived, or one
    /// was cancelled or corrected). Not re-billed by itself: <see cref="Difference"/> above zero is
    /// owed in addition, below zero is credit to the client.
    /// </summary>
    public sealed record ChargeAdjusted(DateOnly On, string LineKey, CeilingCharge Previous, CeilingCharge Now) : CeilingEvent(On)
    {
        /// <summary>Now minus previous total.</summary>
        public Money Difference => Now.Total - Previous.Total;
    }

    /// <summary>A line was corrected: its new content and charge (the previous charge for the difference).</summary>
    public sealed record LineCorrected(DateOnly On, CeilingLine Corrected, CeilingCharge Previous, CeilingCharge Now) : CeilingEvent(On)
    {
        /// <summary>Now minus previous total.</summary>
        public Money Difference => Now.Total - Previous.Total;
    }

    /// <summary>A line was cancelled; what it had been charged is no longer owed.</summary>
    public sealed record LineCancelled(DateOnly On, string LineKey, CeilingCharge Previous) : CeilingEvent(On);

    /// <summary>
    /// The ceiling was reached: a free card (vapaakortti) from <see cref="FreeCard.From"/> to the
    /// end of the year. When <paramref name="Replaces"/> is set, a recomputation moved the start
    /// date and this card replaces the earlier one.
    /// </summary>
    public sealed record FreeCardIssued(DateOnly On, FreeCard Card, FreeCard? Replaces) : CeilingEvent(On);

    /// <summary>The accrual fell below the ceiling (cancellation or correction): the free card no longer holds.</summary>
    public sealed record FreeCardRevoked(DateOnly On, FreeCard Revoked, Money AccruedNow) : CeilingEvent(On);
}
