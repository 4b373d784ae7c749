namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>
/// The free card (vapaakortti): the ceiling is reached, so ceiling services are free for the rest
/// of the calendar year, except short-term institutional care at the reduced daily fee.
/// </summary>
/// <param name="From">
/// The first day it holds: the service date of the line that reached the ceiling (for a care stay,
/// its first day; its days after the ceiling was reached are charged the reduced daily fee within
/// the line). Lines later in charging order, the same day included, are charged as after the card.
/// </param>
public sealed record FreeCard(DateOnly From);
