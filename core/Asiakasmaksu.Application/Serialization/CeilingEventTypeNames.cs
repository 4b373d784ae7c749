using Asiakasmaksu.Domain.Ceiling;
using E = Asiakasmaksu.Domain.Ceiling.CeilingEvent;

namespace Asiakasmaksu.Application.Serialization;

/// <summary>
/// The stored names of the ceiling (maksukatto) event types. These are persisted: never rename
/// one; add new names for new events.
/// </summary>
public static class CeilingEventTypeNames
{
    /// <summary>Every ceiling event type with its stored name.</summary>
    public static IReadOnlyList<(Type Type, string Name)> All { get; } =
    [
        (typeof(E.LineCharged), "line_charged"),
        (typeof(E.ChargeAdjusted), "charge_adjusted"),
        (typeof(E.LineCorrected), "line_corrected"),
        (typeof(E.LineCancelled), "line_cancelled"),
        (typeof(E.FreeCardIssued), "free_card_issued"),
        (typeof(E.FreeCardRevoked), "free_card_revoked"),
    ];

    /// <summary>The base type the names belong to.</summary>
    public static Type Base => typeof(CeilingEvent);
}
