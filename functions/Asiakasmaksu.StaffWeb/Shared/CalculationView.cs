using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.StaffApi.Contract.Answers;

namespace Asiakasmaksu.StaffWeb.Shared;

/// <summary>
/// A fee-reduction calculation to show line by line: the domain's result computed in the browser before
/// deciding, or the decision the API answered. Amounts as the API writes them ("310.40").
/// </summary>
/// <param name="Result">reduced, waived, refused or cannot_calculate.</param>
/// <param name="Period">The months the decision holds, or null.</param>
/// <param name="Fees">Each decided fee: service, before, after.</param>
/// <param name="Reason">Why refused or not calculable (the domain's English words), or null.</param>
/// <param name="Lines">The calculation: code, the domain's English label, amount.</param>
public sealed record CalculationView(
    string Result,
    (DateOnly From, DateOnly Through)? Period,
    IReadOnlyList<(string Service, string Was, string Now)> Fees,
    string? Reason,
    IReadOnlyList<(string Code, string Label, string Amount)> Lines)
{
    /// <summary>The domain's result.</summary>
    public static CalculationView Of(FeeReductionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = result.Calculation.Select(l => (l.Code, l.Label, l.Amount.ToString())).ToList();
        return result switch
        {
            FeeReductionResult.Reduced r => new("reduced", (r.Period.From, r.Period.Through), Decided(r.Fees), null, lines),
            FeeReductionResult.Waived w => new("waived", (w.Period.From, w.Period.Through), Decided(w.Fees), null, lines),
            FeeReductionResult.Refused f => new("refused", null, [], f.Reason, lines),
            FeeReductionResult.CannotCalculate c => new("cannot_calculate", null, [], c.Reason, lines),
            _ => throw new InvalidOperationException("Unknown fee-reduction result."),
        };
    }

    /// <summary>The decision the API answered.</summary>
    public static CalculationView Of(FeeReductionDecisionView decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(
            decision.Result,
            decision.Period is { } p ? (p.From, p.Through) : null,
            [.. decision.Fees.Select(f => (f.ServiceCode, f.Was, f.Now))],
            decision.RefusalReason,
            [.. decision.Calculation.Select(l => (l.Code, l.Label, l.Amount))]);
    }

    private static List<(string, string, string)> Decided(IEnumerable<ReducedFee> fees) =>
        [.. fees.Select(f => (f.Service, f.Was.ToString(), f.Now.ToString()))];
}
