namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A line of a ceiling account: whose service, billed by the price list, charged, and what of it accrued.</summary>
/// <param name="Key">The line's key.</param>
/// <param name="ClientId">Whose service it was.</param>
/// <param name="ServiceDate">The service date.</param>
/// <param name="ServiceCode">The service code.</param>
/// <param name="Billed">Billed by the price list.</param>
/// <param name="Charged">Charged.</param>
/// <param name="TowardCeiling">What accrued toward the ceiling.</param>
public sealed record CeilingLineView(string Key, string ClientId, DateOnly ServiceDate, string? ServiceCode, string Billed, string Charged, string TowardCeiling);
