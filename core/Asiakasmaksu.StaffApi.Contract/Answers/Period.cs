namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>The months a fee-reduction decision holds.</summary>
/// <param name="From">The first day.</param>
/// <param name="Through">The last day.</param>
public sealed record Period(DateOnly From, DateOnly Through);
