using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Invoices;

/// <summary>What advancing an invoice did: events and notices created, when it wakes next, its status.</summary>
/// <param name="Id">The invoice.</param>
/// <param name="Events">Events created.</param>
/// <param name="Notices">Notices queued.</param>
/// <param name="NextWakeUp">The next wake-up, or null when none (closed, paused, in enforcement).</param>
/// <param name="Status">open, paid, written_off, waived, cancelled, or not_found.</param>
public sealed record AdvanceResult(InvoiceId Id, int Events, int Notices, DateOnly? NextWakeUp, string Status);
