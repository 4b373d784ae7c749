namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>
/// What a line is actually charged once the ceiling (maksukatto) is applied, in two parts: the part
/// that accrues toward the ceiling and the reduced daily fees of short-term institutional care
/// after it (which do not accrue).
/// </summary>
/// <param name="TowardCeiling">Charged and counted toward the ceiling (for a line without the ceiling flag: charged, not counted).</param>
/// <param name="ReducedFee">Reduced daily fees charged for care days after the ceiling was reached.</param>
/// <param name="ReducedDays">How many care days were charged the reduced daily fee.</param>
public sealed record CeilingCharge(Money TowardCeiling, Money ReducedFee, int ReducedDays)
{
    /// <summary>Nothing charged: a ceiling line after the free card.</summary>
    public static CeilingCharge Free { get; } = new(Money.Zero, Money.Zero, 0);

    /// <summary>The amount the client pays for the line.</summary>
    public Money Total => TowardCeiling + ReducedFee;

    /// <summary>A charge wholly toward the ceiling.</summary>
    public static CeilingCharge Full(Money amount) => new(amount, Money.Zero, 0);
}
