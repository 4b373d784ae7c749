namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>
/// The free card (vapaakortti): the ceiling is reached, so ceiling services are free for the rest
/// of the calendar year, except short-term institutional care at the reduced daily fee.
/// </summary>
/// <param name="From">
/// The first day it holds: the day the ceiling was reached, i.e. the service date of the line that
/// reached it (for a care stay, the care day on which the ceiling was reached). Lines later in
/// service-date order, the same day included, are charged as after the card.
/// </param>
public sealed record FreeCard(DateOnly From);
