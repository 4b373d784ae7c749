using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>What happened to one ceiling account: the read the decision was made on, the decision, and the account after it.</summary>
/// <param name="Read">The account as read for the decision that was committed.</param>
/// <param name="Decision">The decision (refused: nothing was written).</param>
/// <param name="After">The account after the accepted events (the read's account when refused).</param>
/// <param name="Contact">The contact stored with the account after the commit.</param>
public sealed record CeilingOutcome(StoredCeiling Read, CeilingDecision Decision, CeilingAccount After, CeilingAddressee? Contact)
{
    /// <summary>The events committed (none when refused or unchanged).</summary>
    public IReadOnlyList<CeilingEvent> Events => Decision is CeilingDecision.Accepted a ? a.Events : [];

    /// <summary>The number of the first committed event in the account's stream (1-based): with the holder and year it names a notice.</summary>
    public int FirstEventNumber => Read.Events.Count + 1;
}
