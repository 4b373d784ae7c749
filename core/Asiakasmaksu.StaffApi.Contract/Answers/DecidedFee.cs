namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A decided monthly fee: what it was and what it is now.</summary>
/// <param name="ServiceCode">The service code.</param>
/// <param name="Was">Before.</param>
/// <param name="Now">After.</param>
public sealed record DecidedFee(string ServiceCode, string Was, string Now);
