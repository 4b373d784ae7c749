namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>Who is signed in (<c>GET /api/me</c>).</summary>
/// <param name="StaffId">The staff id (the audit's).</param>
/// <param name="Role">team, supervisor, director or auditor.</param>
/// <param name="Today">Today in Helsinki, in business time (the date the rules count from).</param>
public sealed record StaffMember(string StaffId, string Role, DateOnly Today);
