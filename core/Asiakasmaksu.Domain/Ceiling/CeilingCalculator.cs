using System.Globalization;

namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>
/// Applies the annual ceiling (maksukatto, Act 734/1992 6 a §) to one holder's lines of one year,
/// always from scratch: the lines are charged in service-date order (ties by line key, ordinally),
/// so the result depends only on which lines there are, never on the order they were billed in.
/// </summary>
public static class CeilingCalculator
{
    /// <summary>
    /// Charges <paramref name="lines"/> against <paramref name="ceiling"/>: each ceiling line in full
    /// until the accrual reaches it; the line that crosses it only up to it; after it ordinary
    /// ceiling lines cost 0 and short-term institutional care the reduced daily fee per day (never
    /// more than the line billed). Lines without the ceiling flag are charged as billed.
    /// Refused, naming the year, when a care day falls after the ceiling and
    /// <paramref name="reducedDailyFee"/> is null (unconfirmed).
    /// </summary>
    public static CeilingComputation Compute(IEnumerable<CeilingLine> lines, int year, Money ceiling, Money? reducedDailyFee)
    {
        var ordered = lines.OrderBy(l => l.ServiceDate).ThenBy(l => l.LineKey, StringComparer.Ordinal).ToList();
        var charged = new List<ChargedLine>(ordered.Count);
        var accrued = Money.Zero;
        FreeCard? card = null;
        foreach (var line in ordered)
        {
            if (!line.CountsTowardCeiling)
            {
                charged.Add(new ChargedLine(line, CeilingCharge.Full(line.Billed)));
                continue;
            }

            var remaining = ceiling - accrued;
            CeilingCharge charge;
            if (line.Billed < remaining)
            {
                charge = CeilingCharge.Full(line.Billed);
            }
            else if (card is null)
            {
                // This line reaches the ceiling: charged up to it; a stay's later days at the reduced fee.
                var daysUsed = DaysToReach(line, remaining);
                // The card starts on the line's service date (a stay's first day), so that every line after it
                // in charging order is dated on or after the card; the stay's own later days get the reduced fee.
                card = new FreeCard(line.ServiceDate);
                var daysAfter = CareDays(line) - daysUsed;
                if (daysAfter > 0 && reducedDailyFee is null)
                {
                    return Unconfirmed(year);
                }

                charge = daysAfter > 0
                    ? Reduced(remaining, line.Billed - remaining, reducedDailyFee!.Value, daysAfter)
                    : CeilingCharge.Full(remaining);
            }
            else if (line.Category == ServiceCategory.ShortTermInstitutionalCare)
            {
                if (reducedDailyFee is not { } daily)
                {
                    return Unconfirmed(year);
                }

                charge = Reduced(Money.Zero, line.Billed, daily, line.Days);
            }
            else
            {
                charge = CeilingCharge.Free;
            }

            accrued += charge.TowardCeiling;
            charged.Add(new ChargedLine(line, charge));
        }

        return new CeilingComputation([.. charged], card, null);
    }

    /// <summary>The care days of a line: its days for a stay, 1 for anything else.</summary>
    private static int CareDays(CeilingLine line) =>
        line.Category == ServiceCategory.ShortTermInstitutionalCare ? line.Days : 1;

    /// <summary>
    /// On which care day (1-based) of the line the accrual reaches the ceiling: the billed amount is
    /// spread evenly over the days, so day k reaches it when k × billed / days ≥ remaining.
    /// Exact in cents: ceil(remaining × days / billed).
    /// </summary>
    private static int DaysToReach(CeilingLine line, Money remaining)
    {
        var days = CareDays(line);
        if (days == 1)
        {
            return 1;
        }

        var numerator = remaining.Cents * days;
        var reached = (int)((numerator + line.Billed.Cents - 1) / line.Billed.Cents);
        return Math.Clamp(reached, 1, days);
    }

    /// <summary>Named rounding point: none needed, the reduced fee × days is whole cents; capped at what the days were billed.</summary>
    private static CeilingCharge Reduced(Money towardCeiling, Money billedForDays, Money daily, int days)
    {
        var fee = Money.Min(Money.FromCents(daily.Cents * days), billedForDays);
        return new CeilingCharge(towardCeiling, fee, days);
    }

    private static CeilingComputation Unconfirmed(int year) => new(
        ValueList<ChargedLine>.Empty,
        null,
        string.Create(CultureInfo.InvariantCulture, $"the reduced daily fee of short-term institutional care for {year} is unconfirmed: set reducedDailyFee for {year} in the tariff configuration"));
}
