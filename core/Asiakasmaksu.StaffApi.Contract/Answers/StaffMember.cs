namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>Who is signed in (<c>GET /api/me</c>).</summary>
/// <param name="StaffId">The staff id (the audit's).</param>
/// <param name="Role">team, supervisor, director or auditor.</param>
/// <param name="Today">Today in Helsinki, in business time (the date the rules count from).</param>
/// <param name="TariffWarning">
/// A year or half-year within the next 90 days that the tariff configuration cannot price, in one line
/// (docs/tariffs.md, "Warn well before"), for the staff app to show; null when every day is covered.
/// </param>
public sealed record StaffMember(string StaffId, string Role, DateOnly Today, string? TariffWarning = null);
