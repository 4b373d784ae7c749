namespace Asiakasmaksu.Application.Invoices;

/// <summary>What one scheduler pass did.</summary>
/// <param name="Day">The day.</param>
/// <param name="Woken">Invoices woken.</param>
/// <param name="Events">Events created.</param>
/// <param name="Notices">Notices queued.</param>
public sealed record DayResult(DateOnly Day, int Woken, int Events, int Notices);
