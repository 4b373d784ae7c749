namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>How a ceiling line is charged once the annual ceiling (maksukatto) is reached.</summary>
public enum ServiceCategory
{
    /// <summary>Any other service: free once the ceiling is reached.</summary>
    Ordinary,

    /// <summary>
    /// Short-term institutional care (lyhytaikainen laitoshoito / laitospalvelu), billed by care
    /// days: after the ceiling it costs the reduced daily fee of the year (Act 734/1992 6 a §).
    /// </summary>
    ShortTermInstitutionalCare,
}
