namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>
/// The outcome of a fee-reduction calculation: reduced fees, a waiver, or a refusal with a reason
/// a person understands; always with the calculation line by line.
/// </summary>
/// <param name="Calculation">The income and expense calculation, in order.</param>
public abstract record FeeReductionResult(ValueList<CalculationLine> Calculation)
{
    /// <summary>The fees are lowered to what the calculation leaves for them.</summary>
    public sealed record Reduced(ReductionPeriod Period, ValueList<ReducedFee> Fees, ValueList<CalculationLine> Calculation) : FeeReductionResult(Calculation);

    /// <summary>Nothing is left for the fees: they are not collected (perimättä jättäminen).</summary>
    public sealed record Waived(ReductionPeriod Period, ValueList<ReducedFee> Fees, ValueList<CalculationLine> Calculation) : FeeReductionResult(Calculation);

    /// <summary>No reduction: <paramref name="Reason"/> says why (savings above the limit, fees that cannot be reduced, enough left to pay).</summary>
    public sealed record Refused(string Reason, ValueList<CalculationLine> Calculation) : FeeReductionResult(Calculation);

    /// <summary>No decision can be calculated: the application is incomplete or a needed amount is unconfirmed for the year (named).</summary>
    public sealed record CannotCalculate(string Reason) : FeeReductionResult(ValueList<CalculationLine>.Empty);
}
