namespace Asiakasmaksu.Domain.FeeReductions;

/// <summary>A monthly fee the application asks to reduce or waive.</summary>
/// <param name="Service">The service's name or code, as on the fee decision.</param>
/// <param name="Kind">What kind of fee it is.</param>
/// <param name="Monthly">The monthly fee in euros, above zero.</param>
public sealed record FeeInQuestion(string Service, FeeKind Kind, Money Monthly);
