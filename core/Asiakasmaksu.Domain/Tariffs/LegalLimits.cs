namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>The legal minimums and caps a tariff must respect (see shared/domain-facts.md).</summary>
public static class LegalLimits
{
    /// <summary>Debt Collection Act 513/1999 10 a §: a payment reminder costs the consumer at most 5 €.</summary>
    public static readonly Money MaxReminderFee = Money.Of(5.00m);

    /// <summary>513/1999 10 a §: a payment demand for a directly enforceable claim (client fees are, Act 706/2007) costs at most 14 €.</summary>
    public static readonly Money MaxCollectionLetter1Fee = Money.Of(14.00m);

    /// <summary>513/1999 10 a §: a repeated payment demand costs at most half of the first, 7 €.</summary>
    public static readonly Money MaxCollectionLetter2Fee = Money.Of(7.00m);

    /// <summary>513/1999 5 §: a paid reminder may be sent at the earliest 14 days after the due date.</summary>
    public const int MinDaysFromDueDateToReminder = 14;

    /// <summary>513/1999 5 § (299/2022): at least 14 days between a reminder or demand and the next demand.</summary>
    public const int MinDaysBetweenNotices = 14;

    /// <summary>Interest Act 633/1982 4 §: late interest is the reference rate plus 7 points; a fixed rate above it is refused.</summary>
    public const decimal StatutoryPointsOverReferenceRate = 0.07m;
}
