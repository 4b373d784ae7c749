using System.Globalization;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using E = Asiakasmaksu.Domain.Ceiling.CeilingEvent;

namespace Asiakasmaksu.Domain.Ceiling;

public static partial class CeilingDecider
{
    /// <summary>
    /// Recomputes the year over <paramref name="lines"/> and returns the command's own events
    /// (from <paramref name="primary"/>), then a <see cref="E.ChargeAdjusted"/> for every other
    /// line whose charge changed, then what happens to the free card.
    /// </summary>
    private static CeilingDecision Recompute(
        CeilingAccount account,
        IEnumerable<CeilingLine> lines,
        TariffBook tariffs,
        DateOnly on,
        Func<IReadOnlyDictionary<string, CeilingCharge>, IEnumerable<E>> primary)
    {
        var year = account.Year;
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        var all = lines.ToList();
        if (!tariffs.Has(year))
        {
            return Refuse(RefusalKind.Invalid, $"no tariff is configured for {yearText}, the year of the service dates: add it to the tariff configuration");
        }

        var tariff = tariffs.For(year);
        CeilingComputation computed;
        if (tariff.Ceiling is { } ceiling)
        {
            computed = CeilingCalculator.Compute(all, year, ceiling, tariff.ReducedDailyFee);
        }
        else if (all.Any(l => l.CountsTowardCeiling))
        {
            return Refuse(RefusalKind.Invalid, $"the payment ceiling for {yearText} is unconfirmed: set ceiling for {yearText} in the tariff configuration before charging its ceiling lines");
        }
        else
        {
            computed = new CeilingComputation([.. all.Select(l => new ChargedLine(l, CeilingCharge.Full(l.Billed)))], null, null);
        }

        if (computed.Refusal is { } refusal)
        {
            return Refuse(RefusalKind.Invalid, refusal);
        }

        var charges = computed.Lines.ToDictionary(l => l.Line.LineKey, l => l.Charge, StringComparer.Ordinal);
        var events = primary(charges).ToList();
        var touched = new HashSet<string>(events.Select(KeyOf).OfType<string>(), StringComparer.Ordinal);
        foreach (var before in account.Lines)
        {
            var key = before.Line.LineKey;
            if (!touched.Contains(key) && charges.TryGetValue(key, out var now) && now != before.Charge)
            {
                events.Add(new E.ChargeAdjusted(on, key, before.Charge, now));
            }
        }

        switch (account.FreeCard, computed.FreeCard)
        {
            case (null, { } issued):
                events.Add(new E.FreeCardIssued(on, issued, null));
                break;
            case ({ } old, null):
                events.Add(new E.FreeCardRevoked(on, old, computed.Accrued));
                break;
            case ({ } old, { } moved) when old != moved:
                events.Add(new E.FreeCardIssued(on, moved, old));
                break;
        }

        return new CeilingDecision.Accepted(events);
    }

    private static string? KeyOf(E e) => e switch
    {
        E.LineCharged c => c.Line.LineKey,
        E.LineCorrected c => c.Corrected.LineKey,
        E.LineCancelled c => c.LineKey,
        E.ChargeAdjusted c => c.LineKey,
        _ => null,
    };
}
