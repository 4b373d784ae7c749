namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>A line of a ceiling account with what it is charged now.</summary>
/// <param name="Line">The billed line.</param>
/// <param name="Charge">What the client is charged for it.</param>
public sealed record ChargedLine(CeilingLine Line, CeilingCharge Charge);
