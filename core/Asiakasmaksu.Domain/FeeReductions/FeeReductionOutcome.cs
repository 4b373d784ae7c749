namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>What a recorded fee-reduction decision decided (a <see cref="FeeReductionResult.CannotCalculate"/> is never recorded).</summary>
public enum FeeReductionOutcome
{
    /// <summary>The fees are lowered for the period (alennettu).</summary>
    Reduced,

    /// <summary>The fees are not collected for the period (perimättä jättäminen).</summary>
    Waived,

    /// <summary>No reduction (kielteinen päätös): the fees stay as they are.</summary>
    Refused,
}
