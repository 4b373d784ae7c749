using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.FeeReductions;

/// <summary>The result of deciding a fee-reduction application.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Decision">The recorded decision (decided or already decided).</param>
/// <param name="Notice">The decision notice queued in the outbox (decided or already decided).</param>
/// <param name="Reason">Why nothing was recorded (not allowed, cannot calculate, unknown client); holds no personal data.</param>
public sealed record FeeReductionDecisionResult(FeeReductionDecisionStatus Status, FeeReductionDecision? Decision, Notice? Notice, string? Reason);
