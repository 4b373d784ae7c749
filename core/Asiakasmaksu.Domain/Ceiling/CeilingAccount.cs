namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>
/// One holder's annual payment ceiling (maksukatto) account for one calendar year of the service
/// date. The holder is the client, or the guardian whose total a minor's fees count toward.
/// </summary>
/// <param name="HolderId">The ceiling holder's client id.</param>
/// <param name="Year">The calendar year of the service dates.</param>
/// <param name="Lines">Every live line with its current charge, in charging order.</param>
/// <param name="FreeCard">The free card, while the ceiling is reached.</param>
/// <param name="Cancelled">Keys of cancelled lines, ordinally sorted: cancelling again changes nothing, charging them again is refused.</param>
/// <param name="EventCount">How many events built the account (for optimistic concurrency in a store).</param>
public sealed record CeilingAccount(
    string HolderId,
    int Year,
    ValueList<ChargedLine> Lines,
    FreeCard? FreeCard,
    ValueList<string> Cancelled,
    int EventCount)
{
    /// <summary>A new, empty account.</summary>
    public static CeilingAccount Open(string holderId, int year) =>
        new(holderId, year, ValueList<ChargedLine>.Empty, null, ValueList<string>.Empty, 0);

    /// <summary>What counts toward the ceiling: the sum charged toward it on ceiling lines.</summary>
    public Money Accrued => Lines.Aggregate(Money.Zero, (sum, l) => l.Line.CountsTowardCeiling ? sum + l.Charge.TowardCeiling : sum);

    /// <summary>Reduced daily fees charged after the ceiling (they do not accrue).</summary>
    public Money ReducedFees => Lines.Aggregate(Money.Zero, (sum, l) => sum + l.Charge.ReducedFee);

    /// <summary>The charged line with <paramref name="lineKey"/>, or null.</summary>
    public ChargedLine? Find(string lineKey) => Lines.FirstOrDefault(l => string.Equals(l.Line.LineKey, lineKey, StringComparison.Ordinal));

    /// <summary>What is left before the ceiling of <paramref name="ceiling"/> is reached (never below zero).</summary>
    public Money RemainingUnder(Money ceiling) => Money.Max(Money.Zero, ceiling - Accrued);
}
