namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A rectification claim awaiting decision.</summary>
/// <param name="ClaimId">Its id.</param>
/// <param name="ReceivedOn">The day it arrived.</param>
/// <param name="WithinTimeLimit">True when it came within 30 days of the invoice date.</param>
public sealed record PendingClaim(string ClaimId, DateOnly ReceivedOn, bool WithinTimeLimit);
