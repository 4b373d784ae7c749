namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>A fee as the decision sets it.</summary>
/// <param name="Service">The service, as in the application.</param>
/// <param name="Was">The monthly fee before.</param>
/// <param name="Now">The monthly fee for the period (0 when waived).</param>
public sealed record ReducedFee(string Service, Money Was, Money Now);
