namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>
/// One billed line as the annual ceiling (maksukatto) sees it: what the tariff price list billed,
/// before the ceiling is applied.
/// </summary>
/// <param name="LineKey">
/// A key unique across every billing file (the wiring uses <c>{batchId}/{lineId}</c>); ties on
/// the service date are ordered by it, ordinally.
/// </param>
/// <param name="ClientId">The client who received the service (a minor's line goes to the guardian's account).</param>
/// <param name="ServiceDate">The day of the service; for short-term institutional care the first care day of the line.</param>
/// <param name="Billed">The amount billed by the price list, above zero.</param>
/// <param name="CountsTowardCeiling">The billing file's <c>ceiling</c> flag; a line without it is charged as billed and does not accrue.</param>
/// <param name="Category">Ordinary, or short-term institutional care billed by days.</param>
/// <param name="Days">Care days of a short-term institutional care line (at least 1, all in the service date's year); 0 otherwise.</param>
/// <param name="ServiceCode">The service billed, when known (shown on the ceiling statement; not used in charging).</param>
public sealed record CeilingLine(
    string LineKey,
    string ClientId,
    DateOnly ServiceDate,
    Money Billed,
    bool CountsTowardCeiling,
    ServiceCategory Category = ServiceCategory.Ordinary,
    int Days = 0,
    string? ServiceCode = null)
{
    /// <summary>The key of a billing file's line: <c>{batchId}/{lineId}</c> (a line id is unique within its batch).</summary>
    public static string KeyOf(string batchId, string lineId) => $"{batchId}/{lineId}";

    /// <summary>The last care day the line covers (the service date itself for an ordinary line).</summary>
    public DateOnly LastDay => Category == ServiceCategory.ShortTermInstitutionalCare && Days > 1 ? ServiceDate.AddDays(Days - 1) : ServiceDate;
}
