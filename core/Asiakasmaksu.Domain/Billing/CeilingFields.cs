using System.Globalization;
using Asiakasmaksu.Domain.Ceiling;
using C = Asiakasmaksu.Domain.Billing.BillingColumns;

namespace Asiakasmaksu.Domain.Billing;

/// <summary>
/// The billing columns the annual payment ceiling (maksukatto) needs (docs/billing-file.md):
/// <c>service_category</c>, <c>days</c> and <c>ceiling_holder_id</c>, checked in that order.
/// </summary>
internal static class CeilingFields
{
    /// <summary>The <c>service_category</c> code of ordinary services (the default).</summary>
    public const string Ordinary = "ordinary";

    /// <summary>The <c>service_category</c> code of short-term institutional care.</summary>
    public const string ShortTermInstitutionalCare = "short_term_institutional_care";

    private const int MaxDays = 366;

    /// <summary>The first problem of the ceiling columns, or null with their values.</summary>
    public static (string Column, string Reason)? Check(Func<string, string> get, DateOnly serviceDate, out ServiceCategory category, out int days, out string? holder)
    {
        (category, days, holder) = (ServiceCategory.Ordinary, 0, null);
        switch (get(C.ServiceCategory))
        {
            case "" or Ordinary:
                break;
            case ShortTermInstitutionalCare:
                category = ServiceCategory.ShortTermInstitutionalCare;
                break;
            default:
                return (C.ServiceCategory, "unknown service category: use ordinary or short_term_institutional_care");
        }

        var daysText = get(C.Days);
        if (category == ServiceCategory.Ordinary && daysText.Length > 0)
        {
            return (C.Days, "days are given only for short_term_institutional_care");
        }

        if (category == ServiceCategory.ShortTermInstitutionalCare)
        {
            if (daysText.Length == 0)
            {
                return (C.Days, "missing field: short_term_institutional_care needs its care days");
            }

            if (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days < 1 || days > MaxDays)
            {
                return (C.Days, "days must be a whole number from 1 to 366");
            }

            if (serviceDate.AddDays(days - 1).Year != serviceDate.Year)
            {
                return (C.Days, "the care days run past 31 December of the service date's year: split the stay at the year's end");
            }
        }

        var holderText = get(C.CeilingHolderId);
        if (FieldRules.Id(holderText, required: false) is { } holderProblem)
        {
            return (C.CeilingHolderId, holderProblem);
        }

        holder = holderText.Length == 0 ? null : holderText;
        return null;
    }

    /// <summary>
    /// The canonical forms for the content hash: nothing for an ordinary line without a holder
    /// (so lines of files without these columns keep the hash they had before the columns existed),
    /// else the category code, the days and the holder id.
    /// </summary>
    public static string[] Canonical(ServiceCategory category, int days, string? holder) =>
        category == ServiceCategory.Ordinary && holder is null
            ? []
            : [category == ServiceCategory.Ordinary ? Ordinary : ShortTermInstitutionalCare, days.ToString(CultureInfo.InvariantCulture), holder ?? string.Empty];
}
