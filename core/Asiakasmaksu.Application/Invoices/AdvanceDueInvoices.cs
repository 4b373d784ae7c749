using Asiakasmaksu.Application.Store;

namespace Asiakasmaksu.Application.Invoices;

/// <summary>
/// The local scheduler's pass (and the simulator's day): advances every invoice whose wake-up is
/// on or before the day, a few at a time, and forgets stale schedule entries. Invoices whose step
/// waits for a year's tariff are counted, with the years, in the result.
/// </summary>
public sealed class AdvanceDueInvoices(IInvoiceStore store, AdvanceInvoice advance)
{
    /// <summary>Advances the invoices due on or before <paramref name="today"/>; returns what was done.</summary>
    public async Task<DayResult> RunAsync(DateOnly today, int parallelism, CancellationToken cancellationToken)
    {
        var woken = 0;
        var events = 0;
        var notices = 0;
        var waiting = 0;
        var years = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        await Parallel.ForEachAsync(
            store.DueForWakeUpAsync(today, cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (wake, ct) =>
            {
                var result = await advance.RunAsync(wake.Id, today, ct).ConfigureAwait(false);
                if (result.NextWakeUp != wake.Day)
                {
                    await store.ForgetWakeUpAsync(wake.Id, wake.Day, ct).ConfigureAwait(false);
                }

                Interlocked.Increment(ref woken);
                Interlocked.Add(ref events, result.Events);
                Interlocked.Add(ref notices, result.Notices);
                if (result.WaitingForTariffYear is { } year)
                {
                    Interlocked.Increment(ref waiting);
                    years.TryAdd(year, true);
                }
            }).ConfigureAwait(false);
        return new DayResult(today, woken, events, notices, waiting, [.. years.Keys.Order()]);
    }
}
