using System.Globalization;

namespace Asiakasmaksu.Application.Ceiling;

/// <summary>Which annual payment ceiling (maksukatto) account: its holder and the calendar year of the service dates.</summary>
/// <param name="HolderId">The ceiling holder's client id (the client, or a minor's guardian).</param>
/// <param name="Year">The year of the service dates.</param>
public readonly record struct CeilingKey(string HolderId, int Year)
{
    /// <summary>The stream name of docs/ceiling.md: <c>ceiling/{holderId}/{year}</c>.</summary>
    public override string ToString() => $"ceiling/{HolderId}/{Year.ToString(CultureInfo.InvariantCulture)}";
}
