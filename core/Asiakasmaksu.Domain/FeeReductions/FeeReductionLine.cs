namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>A billing line as pricing needs it.</summary>
/// <param name="ServiceCode">The billing file's service code (matched to a decided fee's service, ordinal).</param>
/// <param name="ServiceDate">The day of the service: its month decides whether a decision's period covers it.</param>
/// <param name="ListAmount">The amount the billing file listed.</param>
public sealed record FeeReductionLine(string ServiceCode, DateOnly ServiceDate, Money ListAmount);
