namespace Asiakasmaksu.Application.FeeReductions;

/// <summary>How a request to decide a fee-reduction application ended.</summary>
public enum FeeReductionDecisionStatus
{
    /// <summary>Recorded now (reduced, waived or refused), its notice queued.</summary>
    Decided,

    /// <summary>The same decision id was recorded earlier (a retried request): the recorded decision, its notice queued once.</summary>
    AlreadyDecided,

    /// <summary>The caller may not decide fee reductions (only a supervisor or director may).</summary>
    NotAllowed,

    /// <summary>No decision can be calculated: the reason says why (incomplete application, unconfirmed amounts of the year).</summary>
    CannotCalculate,

    /// <summary>The client has no invoice from which the decision notice could take the address and language.</summary>
    UnknownClient,
}
