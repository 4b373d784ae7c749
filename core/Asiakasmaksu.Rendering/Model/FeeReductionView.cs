namespace Asiakasmaksu.Rendering.Model;

/// <summary>
/// A fee-reduction decision as its notice shows it, formatted for the language (templates see it as
/// <c>fee_reduction</c>: <c>fee_reduction.is_refused</c>, <c>fee_reduction.calculation</c>, …).
/// </summary>
/// <param name="Outcome">"reduced", "waived" or "refused".</param>
/// <param name="IsReduced">True when the fees were lowered.</param>
/// <param name="IsWaived">True when the fees are not collected.</param>
/// <param name="IsRefused">True when nothing was reduced.</param>
/// <param name="ApplicationDate">The day the application arrived.</param>
/// <param name="From">The first day of the period (null for a refusal).</param>
/// <param name="Through">The last day of the period (null for a refusal).</param>
/// <param name="Fees">The decided fees, was and now (empty for a refusal).</param>
/// <param name="Calculation">The calculation, line by line, with localized labels.</param>
/// <param name="RefusalText">Why nothing was reduced, in the language (refusals only).</param>
/// <param name="Monthly">What the fees decided on cost a month from now on.</param>
internal sealed record FeeReductionView(
    string Outcome,
    bool IsReduced,
    bool IsWaived,
    bool IsRefused,
    string ApplicationDate,
    string? From,
    string? Through,
    IReadOnlyList<FeeChangeView> Fees,
    IReadOnlyList<CalculationLineView> Calculation,
    string? RefusalText,
    string Monthly);

/// <summary>One decided fee: the service, the monthly fee before and for the period.</summary>
internal sealed record FeeChangeView(string Service, string Was, string Now);

/// <summary>One line of the calculation; totals (<paramref name="IsTotal"/>) are shown strong.</summary>
internal sealed record CalculationLineView(string Label, string Amount, bool IsTotal);
