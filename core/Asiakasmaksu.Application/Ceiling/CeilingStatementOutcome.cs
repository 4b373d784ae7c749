using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>What a request for a ceiling statement came to: queued (with the notice), or refused with a reason.</summary>
public abstract record CeilingStatementOutcome
{
    private CeilingStatementOutcome()
    {
    }

    /// <summary>The statement notice is in the outbox (a repeated request the same day for the same account state queues the same notice once).</summary>
    public sealed record Queued(Notice Notice, string AuditId) : CeilingStatementOutcome;

    /// <summary>Nothing was queued.</summary>
    /// <param name="NotFound">True when the holder has no ceiling lines in the year (404); false for an unconfirmed ceiling (422).</param>
    /// <param name="Reason">Why, in words.</param>
    public sealed record Refused(bool NotFound, string Reason) : CeilingStatementOutcome;
}
