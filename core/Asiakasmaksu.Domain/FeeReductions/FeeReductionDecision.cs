using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>
/// A recorded decision on an application to reduce or waive client fees (asiakasmaksun
/// alentaminen, Act 734/1992 11 §): what was asked, what was decided and on which calculation, by
/// whom and when. A refusal is a decision too (it is sent with rectification instructions). Holds no
/// henkilötunnus, name or address: the client is referred to by id.
/// </summary>
/// <param name="Id">The decision id (deterministic from the request that made it, so a retry records it once).</param>
/// <param name="ClientId">The client whose fees it concerns.</param>
/// <param name="ApplicationDate">The day the application arrived; the period starts on the first day of its month.</param>
/// <param name="Household">Single, or a couple whose incomes and expenses both counted.</param>
/// <param name="Arrangement">Where the client lives (decides the protected amount).</param>
/// <param name="FeesApplied">The fees the application named, in its order: each fee's <see cref="FeeInQuestion.Service"/> is the service code billing lines carry.</param>
/// <param name="Outcome">Reduced, waived or refused.</param>
/// <param name="Period">The months it holds (null for a refusal).</param>
/// <param name="Fees">The monthly fee of each reducible service for the period: reduced, or 0 when waived (empty for a refusal).</param>
/// <param name="Calculation">The income and expense calculation line by line, as the calculator gave it.</param>
/// <param name="RefusalReason">Why nothing was reduced (refusals only).</param>
/// <param name="DecidedBy">Who decided (a supervisor or director).</param>
/// <param name="DecidedAt">When.</param>
/// <param name="Reason">The decider's note for the audit trail.</param>
public sealed record FeeReductionDecision(
    string Id,
    string ClientId,
    DateOnly ApplicationDate,
    Household Household,
    LivingArrangement Arrangement,
    ValueList<FeeInQuestion> FeesApplied,
    FeeReductionOutcome Outcome,
    ReductionPeriod? Period,
    ValueList<ReducedFee> Fees,
    ValueList<CalculationLine> Calculation,
    string? RefusalReason,
    Actor DecidedBy,
    DateTimeOffset DecidedAt,
    string Reason)
{
    /// <summary>
    /// The decision recording <paramref name="result"/> of <paramref name="application"/>, made by
    /// <paramref name="stamp"/>. A <see cref="FeeReductionResult.CannotCalculate"/> is no decision
    /// (the caller answers it with its reason) and throws.
    /// </summary>
    public static FeeReductionDecision Of(string id, string clientId, FeeReductionApplication application, FeeReductionResult result, Stamp stamp)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(stamp);
        var (outcome, period, fees, refusal) = result switch
        {
            FeeReductionResult.Reduced r => (FeeReductionOutcome.Reduced, r.Period, r.Fees, (string?)null),
            FeeReductionResult.Waived w => (FeeReductionOutcome.Waived, w.Period, w.Fees, null),
            FeeReductionResult.Refused f => (FeeReductionOutcome.Refused, (ReductionPeriod?)null, ValueList<ReducedFee>.Empty, f.Reason),
            _ => throw new ArgumentException("A calculation that could not be made is not a decision; answer it with its reason.", nameof(result)),
        };
        return new FeeReductionDecision(
            id,
            clientId,
            application.ApplicationDate,
            application.Household,
            application.Arrangement,
            application.Fees,
            outcome,
            period,
            fees,
            result.Calculation,
            refusal,
            stamp.Actor,
            stamp.At,
            stamp.Reason);
    }

    /// <summary>
    /// The decided fee for <paramref name="serviceCode"/> on <paramref name="serviceDate"/>, or null
    /// when this decision does not change it (a refusal, another service, a day outside the period).
    /// </summary>
    public ReducedFee? FeeFor(string serviceCode, DateOnly serviceDate) =>
        Outcome != FeeReductionOutcome.Refused && Period is { } p && serviceDate >= p.From && serviceDate <= p.Through
            ? Fees.FirstOrDefault(f => string.Equals(f.Service, serviceCode, StringComparison.Ordinal))
            : null;
}
