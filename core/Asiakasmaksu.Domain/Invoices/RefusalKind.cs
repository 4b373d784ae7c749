namespace Asiakasmaksu.Domain.Invoices;

/// <summary>What kind of refusal a decision is, so that hosts can answer with the right status.</summary>
public enum RefusalKind
{
    /// <summary>The actor's role does not allow it (HTTP 403).</summary>
    NotAllowed,

    /// <summary>The request itself is wrong: dates, amounts (HTTP 400).</summary>
    Invalid,

    /// <summary>The invoice's state does not allow it now: closed, paused, in enforcement (HTTP 409).</summary>
    WrongState,

    /// <summary>Something the command names does not exist (HTTP 404).</summary>
    NotFound,
}
