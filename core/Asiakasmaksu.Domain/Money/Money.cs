using System.Globalization;

namespace Asiakasmaksu.Domain;

/// <summary>
/// An amount of euros that is always a whole number of cents. Rounding happens only at the
/// named points <see cref="RoundToCents"/> (half away from zero); <see cref="Of"/> refuses
/// anything that is not already whole cents.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private Money(decimal euros) => Euros = euros;

    /// <summary>The amount in euros, with at most two decimals.</summary>
    public decimal Euros { get; }

    /// <summary>Zero euros.</summary>
    public static Money Zero => default;

    /// <summary>The amount in cents.</summary>
    public long Cents => (long)(Euros * 100m);

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => Euros == 0m;

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => Euros < 0m;

    /// <summary>True when the amount is above zero.</summary>
    public bool IsPositive => Euros > 0m;

    /// <summary>An exact amount; throws when <paramref name="euros"/> has more than two decimals.</summary>
    public static Money Of(decimal euros) =>
        decimal.Round(euros, 2) == euros
            ? new Money(Normalize(euros))
            : throw new ArgumentException($"{euros.ToString(CultureInfo.InvariantCulture)} has more than two decimals.", nameof(euros));

    /// <summary>True when <paramref name="euros"/> is whole cents.</summary>
    public static bool IsWholeCents(decimal euros) => decimal.Round(euros, 2) == euros;

    /// <summary>An amount given in cents.</summary>
    public static Money FromCents(long cents) => new(Normalize(cents / 100m));

    /// <summary>The named rounding point: to cents, half away from zero (0.005 → 0.01).</summary>
    public static Money RoundToCents(decimal euros) =>
        new(Normalize(decimal.Round(euros, 2, MidpointRounding.AwayFromZero)));

    /// <summary>The smaller of two amounts.</summary>
    public static Money Min(Money a, Money b) => a <= b ? a : b;

    /// <summary>The larger of two amounts.</summary>
    public static Money Max(Money a, Money b) => a >= b ? a : b;

    public static Money operator +(Money a, Money b) => new(a.Euros + b.Euros);
    public static Money operator -(Money a, Money b) => new(a.Euros - b.Euros);
    public static Money operator -(Money a) => new(-a.Euros);
    public static bool operator <(Money a, Money b) => a.Euros < b.Euros;
    public static bool operator >(Money a, Money b) => a.Euros > b.Euros;
    public static bool operator <=(Money a, Money b) => a.Euros <= b.Euros;
    public static bool operator >=(Money a, Money b) => a.Euros >= b.Euros;

    /// <inheritdoc/>
    public int CompareTo(Money other) => Euros.CompareTo(other.Euros);

    /// <summary>Machine form: invariant, two decimals, no grouping ("1234.50").</summary>
    public override string ToString() => Euros.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// How a person reads the amount: fi and sv "1 234,50 €" (no-break space groups),
    /// en "€1,234.50". Written by hand so that no ICU data changes a notice.
    /// </summary>
    public string Format(Language language)
    {
        var text = Math.Abs(Euros).ToString("#,0.00", CultureInfo.InvariantCulture);
        var sign = Euros < 0m ? "-" : string.Empty;
        return language switch
        {
            Language.En => $"{sign}€{text}",
            Language.Fi or Language.Sv => $"{sign}{text.Replace(',', '\u00A0').Replace('.', ',')}\u00A0€",
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
        };
    }

    private static decimal Normalize(decimal euros) => decimal.Round(euros, 2) + 0.00m;
}
