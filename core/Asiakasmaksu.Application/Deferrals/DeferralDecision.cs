using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Deferrals;

/// <summary>A supervisor's checked decision on a deferral request, handed to the request's approval workflow.</summary>
/// <param name="Approve">Approve or reject.</param>
/// <param name="Note">The supervisor's note.</param>
/// <param name="Decider">Who decided (a supervisor or director; the staff API checked).</param>
/// <param name="DecidedAt">When.</param>
public sealed record DeferralDecision(bool Approve, string? Note, Actor Decider, DateTimeOffset DecidedAt);
