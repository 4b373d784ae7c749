namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A line of the income and expense calculation.</summary>
/// <param name="Code">The line's code.</param>
/// <param name="Label">What it is, in words.</param>
/// <param name="Amount">Euros a month.</param>
public sealed record CalculationLineView(string Code, string Label, string Amount);
