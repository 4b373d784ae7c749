using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Invoices;

/// <summary>
/// What advancing an invoice did: events and notices created, when it wakes next, its status, and
/// whether a step waits for a year's tariff.
/// </summary>
/// <param name="Id">The invoice.</param>
/// <param name="Events">Events created.</param>
/// <param name="Notices">Notices queued.</param>
/// <param name="NextWakeUp">
/// The next wake-up, or null when none (closed, paused, in enforcement). While a step waits for a
/// tariff (<paramref name="WaitingForTariffYear"/>), this is the day to try it again: its next
/// qualifying day (the next bank day, or the next transfer Tuesday), already in the store's schedule.
/// </param>
/// <param name="Status">open, paid, written_off, waived, cancelled, or not_found.</param>
/// <param name="WaitingForTariffYear">
/// Null when every step due was taken. Otherwise the year without a configured tariff that keeps the
/// step due today (a reminder, collection letter or transfer to enforcement) from being priced: the
/// step was not taken and nothing failed; the caller lists the invoice as waiting (and warns that
/// the year's tariff is missing) and wakes it on <paramref name="NextWakeUp"/>, when it goes on by
/// itself once the tariff is configured. Steps before it the same day (becoming overdue) were taken.
/// </param>
public sealed record AdvanceResult(InvoiceId Id, int Events, int Notices, DateOnly? NextWakeUp, string Status, int? WaitingForTariffYear = null)
{
    /// <summary>The notices this advance committed with its events (<see cref="Notices"/> of them), as stored.</summary>
    public IReadOnlyList<Notice> Committed { get; init; } = [];

    /// <summary>True when a step waits for a year's tariff (<see cref="WaitingForTariffYear"/>).</summary>
    public bool IsWaitingForTariff => WaitingForTariffYear is not null;
}
