namespace Asiakasmaksu.Application.Workflows;

/// <summary>Where a deferral request stands for its approval workflow.</summary>
/// <param name="Status">pending while it waits for a decision; else approved, rejected or expired.</param>
/// <param name="EngineDeadline">While pending: the engine instant at which it expires undecided (its decision deadline through the business clock).</param>
public sealed record DeferralWait(string Status, DateTimeOffset? EngineDeadline)
{
    /// <summary>The status of a request that waits for a decision.</summary>
    public const string Pending = "pending";

    /// <summary>True while the request waits.</summary>
    public bool IsPending => Status == Pending;
}
