namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>
/// The fees, rates and periods of one calendar year. Which year applies: the ceiling and the
/// reduced daily fee by the year of the service date; the payment term by the year of the
/// invoice date; collection fees and periods by the year of the day the step is taken; the
/// interest rate day by day.
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Ceiling">The annual payment ceiling (maksukatto, Act 734/1992 6 a §); null while not confirmed.</param>
/// <param name="ReducedDailyFee">The daily fee of short-term institutional care after the ceiling; null while not confirmed.</param>
/// <param name="ReminderFee">The fee of a payment reminder (maksumuistutus).</param>
/// <param name="LateInterest">How the late-interest rate is set.</param>
/// <param name="CollectionLetter1Fee">The fee of the first collection letter (perintäkirje).</param>
/// <param name="CollectionLetter2Fee">The fee of the second collection letter.</param>
/// <param name="Periods">The periods between steps.</param>
/// <param name="FeeReduction">The fee-reduction amounts by the year of the application month; null when not configured (nothing confirmed).</param>
public sealed record Tariff(
    int Year,
    Money? Ceiling,
    Money? ReducedDailyFee,
    Money ReminderFee,
    LateInterestPolicy LateInterest,
    Money CollectionLetter1Fee,
    Money CollectionLetter2Fee,
    CollectionPeriods Periods,
    FeeReductionAmounts? FeeReduction = null);
