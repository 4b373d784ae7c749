namespace Asiakasmaksu.Domain.Invoices;

/// <summary>A rectification claim (oikaisuvaatimus) awaiting decision: every collection step is paused.</summary>
/// <param name="ClaimId">The claim's id.</param>
/// <param name="ReceivedOn">The day the written claim was received.</param>
/// <param name="WithinTimeLimit">Whether it came within the 30-day claim period.</param>
public sealed record PendingClaim(string ClaimId, DateOnly ReceivedOn, bool WithinTimeLimit);
