namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>The charges of a whole account year computed from its lines, or why they cannot be.</summary>
/// <param name="Lines">Every line with its charge, in charging order (service date, then line key).</param>
/// <param name="FreeCard">The free card, when the ceiling is reached.</param>
/// <param name="Refusal">Why the year cannot be charged (e.g. its reduced daily fee is unconfirmed); null when it can.</param>
public sealed record CeilingComputation(ValueList<ChargedLine> Lines, FreeCard? FreeCard, string? Refusal)
{
    /// <summary>The sum counted toward the ceiling.</summary>
    public Money Accrued => Lines.Aggregate(Money.Zero, (sum, l) => l.Line.CountsTowardCeiling ? sum + l.Charge.TowardCeiling : sum);
}
