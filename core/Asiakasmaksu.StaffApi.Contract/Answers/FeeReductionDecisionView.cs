using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A fee-reduction decision; <see cref="Outcome"/> (decided, already_decided) only in the answer to the application.</summary>
/// <param name="Outcome">decided or already_decided; left out of lists.</param>
/// <param name="DecisionId">Its id.</param>
/// <param name="ClientId">The client.</param>
/// <param name="Result">reduced, waived or refused.</param>
/// <param name="ApplicationDate">The day the application arrived.</param>
/// <param name="Household">single or couple.</param>
/// <param name="LivingArrangement">home, service_housing or institution.</param>
/// <param name="Period">The months it holds, or null.</param>
/// <param name="Fees">The fees decided.</param>
/// <param name="RefusalReason">Why refused, or null.</param>
/// <param name="Calculation">The calculation, line by line.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="Reason">The decider's note.</param>
/// <param name="NoticeId">The decision notice, or null.</param>
public sealed record FeeReductionDecisionView(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Outcome,
    string DecisionId,
    string ClientId,
    string Result,
    DateOnly ApplicationDate,
    string Household,
    string LivingArrangement,
    Period? Period,
    IReadOnlyList<DecidedFee> Fees,
    string? RefusalReason,
    IReadOnlyList<CalculationLineView> Calculation,
    string DecidedBy,
    string DecidedAt,
    string Reason,
    string? NoticeId);
