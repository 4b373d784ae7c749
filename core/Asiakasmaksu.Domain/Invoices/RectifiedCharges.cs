namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// What each line of an invoice is charged after an accepted rectification claim lowered the
/// invoice to a new amount (Act 734/1992 15 §). The decision names only the new total, not which
/// line was wrong, so the decrease is shared among the lines in proportion to what each was
/// charged (assumption, docs/ceiling.md): rounded to cents, the cents left by rounding taken from
/// the last lines first, never below zero. Pure.
/// </summary>
public static class RectifiedCharges
{
    /// <summary>
    /// The charge of each of <paramref name="facts"/>' lines, in line order, so that they add up to
    /// its amount; the lines' own charges when the amount is not below their sum (no decrease).
    /// </summary>
    public static IReadOnlyList<Money> Of(InvoiceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var charges = facts.Lines.Select(l => l.Amount).ToList();
        var total = charges.Aggregate(Money.Zero, (sum, c) => sum + c);
        var decrease = total - facts.Amount;
        if (!decrease.IsPositive || !total.IsPositive)
        {
            return charges;
        }

        var shares = charges.Select(c => Money.RoundToCents(decrease.Euros * c.Euros / total.Euros)).ToList();
        var left = decrease - shares.Aggregate(Money.Zero, (sum, s) => sum + s);
        for (var i = shares.Count - 1; i >= 0 && left != Money.Zero; i--)
        {
            // Rounding leaves a few cents either way: move them on the last lines that have room.
            var adjusted = Money.Min(charges[i], Money.Max(Money.Zero, shares[i] + left));
            left -= adjusted - shares[i];
            shares[i] = adjusted;
        }

        return [.. charges.Select((c, i) => c - shares[i])];
    }
}
