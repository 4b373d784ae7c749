namespace Asiakasmaksu.Domain.Notices;

/// <summary>One line of a ceiling statement.</summary>
/// <param name="ServiceDate">The service date (first care day of a stay).</param>
/// <param name="ServiceCode">The service, when known.</param>
/// <param name="ClientId">Whose service it was (the holder's own, or a minor's whose fees count toward the holder's ceiling).</param>
/// <param name="Billed">What the price list billed.</param>
/// <param name="Charged">What is charged after the ceiling.</param>
/// <param name="TowardCeiling">The part of the charge that accrued toward the ceiling.</param>
public sealed record CeilingStatementLine(DateOnly ServiceDate, string? ServiceCode, string ClientId, Money Billed, Money Charged, Money TowardCeiling);
