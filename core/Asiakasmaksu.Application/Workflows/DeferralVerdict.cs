using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>A supervisor's decision as the approval workflow applies it.</summary>
/// <param name="RequestId">The deferral request.</param>
/// <param name="Approve">Approve or reject.</param>
/// <param name="Decider">The supervisor or director.</param>
/// <param name="At">When they decided.</param>
/// <param name="Note">Their note, if any.</param>
public sealed record DeferralVerdict(string RequestId, bool Approve, Actor Decider, DateTimeOffset At, string? Note);
