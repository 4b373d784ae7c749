using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Store;

/// <summary>An event as stored: its number in the invoice's history (1-based) and when it was recorded.</summary>
/// <param name="Number">The event's number.</param>
/// <param name="RecordedAt">When it was stored.</param>
/// <param name="Event">The event.</param>
public sealed record StoredEvent(int Number, DateTimeOffset RecordedAt, InvoiceEvent Event);
