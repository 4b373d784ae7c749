namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>One line of the income and expense calculation, in the order it is shown on the decision.</summary>
/// <param name="Code">A stable code for renderers (e.g. <c>income.pension.applicant</c>, <c>capacity</c>).</param>
/// <param name="Label">The line in English words.</param>
/// <param name="Amount">Euros a month; deductions are shown as positive amounts under their own label.</param>
public sealed record CalculationLine(string Code, string Label, Money Amount);
