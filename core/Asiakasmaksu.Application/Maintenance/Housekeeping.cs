using Asiakasmaksu.Application.Idempotency;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Maintenance;

/// <summary>
/// The hourly housekeeping both hosts run (the Functions app's timer, the local host's background
/// service): deletes the Idempotency-Keys whose retention has passed, and looks
/// <see cref="TariffWarningDays"/> days ahead for days the tariff configuration cannot price, for the
/// host to warn about. Safe to run concurrently and again: a purge deletes only what has expired.
/// </summary>
public sealed class Housekeeping(IIdempotencyStore idempotency, InvoiceRules rules, TimeProvider clock)
{
    /// <summary>
    /// How far ahead a missing tariff is warned about. Assumption, written down: 90 days leaves a
    /// quarter for the welfare area's board to decide next year's fees and for the configuration to
    /// be updated before 1 January.
    /// </summary>
    public const int TariffWarningDays = 90;

    /// <summary>One pass at the clock's now.</summary>
    public async Task<HousekeepingResult> RunAsync(CancellationToken cancellationToken)
    {
        var purged = await idempotency.PurgeExpiredAsync(clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new HousekeepingResult(purged, Outlook());
    }

    /// <summary>The tariff outlook from today (Helsinki) without touching storage.</summary>
    public TariffOutlook Outlook() => TariffOutlook.Of(rules.Tariffs, clock.Today(), TariffWarningDays);
}
