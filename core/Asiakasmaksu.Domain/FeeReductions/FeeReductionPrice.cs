namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>What one billing line costs under the client's fee-reduction decisions.</summary>
/// <param name="Amount">The amount to bill: the list amount, or what a decision leaves of it (0 when waived).</param>
/// <param name="ListAmount">The amount the billing file listed.</param>
/// <param name="Decision">The decision that applied, or null when none covers the line's service and month.</param>
/// <param name="Fee">The decided monthly fee of the line's service under <paramref name="Decision"/>.</param>
public sealed record FeeReductionPrice(Money Amount, Money ListAmount, FeeReductionDecision? Decision, ReducedFee? Fee)
{
    /// <summary>True when a decision changed the line's amount or capped it (it applied).</summary>
    public bool Applied => Decision is not null;

    /// <summary>How much the decision took off the list amount (0 when none applied).</summary>
    public Money Reduction => ListAmount - Amount;
}
