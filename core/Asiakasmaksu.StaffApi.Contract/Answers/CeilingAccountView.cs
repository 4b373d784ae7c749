namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A holder's annual payment ceiling (maksukatto) account of a year.</summary>
/// <param name="ClientId">The holder.</param>
/// <param name="Year">The year.</param>
/// <param name="Ceiling">The ceiling, or null for an unconfirmed year.</param>
/// <param name="Accrued">What accrued so far.</param>
/// <param name="Remaining">What remains, or null for an unconfirmed year.</param>
/// <param name="ReducedFees">Reduced daily fees charged after the ceiling.</param>
/// <param name="FreeCard">The free card, or null.</param>
/// <param name="Lines">The lines that built it.</param>
public sealed record CeilingAccountView(string ClientId, int Year, string? Ceiling, string Accrued, string? Remaining, string ReducedFees, FreeCard? FreeCard, IReadOnlyList<CeilingLineView> Lines);
