namespace Asiakasmaksu.Application.Import;

/// <summary>
/// How far the billing import lets a line's dates stray before it asks the billing office to check
/// them (docs/billing-file.md, "Dates"). Assumptions, not law: a host may set its own.
/// </summary>
/// <param name="MaxDaysAhead">
/// An <c>invoice_date</c> at most this many days after the import day (31: a month's run dated ahead
/// of its sending; six months ahead is a typo). Null: not checked, as in <c>simulate</c>, which
/// imports every file before the dates it plays.
/// </param>
/// <param name="MaxServiceDaysAfterInvoice">
/// A <c>service_date</c> at most this many days after the <c>invoice_date</c> (31: rent is billed at
/// the start of its month, seed 004); a later one is rejected, an earlier one after the invoice date
/// is imported with a warning.
/// </param>
/// <param name="MaxServiceMonthsBeforeInvoice">
/// A <c>service_date</c> at most this many months before the <c>invoice_date</c> (12: a correction
/// run may bill a missed service late, but a service of years ago, such as 2001, is a wrong date).
/// </param>
public sealed record ImportLimits(int? MaxDaysAhead = 31, int MaxServiceDaysAfterInvoice = 31, int MaxServiceMonthsBeforeInvoice = 12)
{
    /// <summary>The limits every host uses unless it sets its own.</summary>
    public static ImportLimits Default { get; } = new();
}
