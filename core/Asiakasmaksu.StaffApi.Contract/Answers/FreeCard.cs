namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A free card (vapaakortti) and its first day.</summary>
/// <param name="From">The first day it holds.</param>
public sealed record FreeCard(DateOnly From);
