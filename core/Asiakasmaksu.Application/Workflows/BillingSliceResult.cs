using Asiakasmaksu.Application.Import;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>What one slice activity of a billing file's import did: the slice's outcome and how many invoice orchestrations it started.</summary>
/// <param name="Outcome">The slice's outcome.</param>
/// <param name="Started">Invoice orchestrations this run of the slice started (one run again after a crash counts only those the crash left unstarted).</param>
public sealed record BillingSliceResult(BillingSliceOutcome Outcome, int Started);
