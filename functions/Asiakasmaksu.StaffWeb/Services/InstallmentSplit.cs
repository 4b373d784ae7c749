using Asiakasmaksu.Domain.Calendar;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>
/// A payment plan's installments as the form proposes them: the balance split into
/// <c>count</c> amounts that sum exactly to it to the cent, the cents left over by the division placed
/// on the first installments, one cent each (so no installment is smaller than a later one); due
/// dates a month apart from the first, each moved to the next bank day when it is not one.
/// </summary>
public static class InstallmentSplit
{
    /// <summary>The installments of <paramref name="balance"/> (euros, two decimals) in <paramref name="count"/> parts from <paramref name="first"/>.</summary>
    public static IReadOnlyList<(DateOnly DueDate, decimal Amount)> Of(decimal balance, int count, DateOnly first)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var cents = (long)decimal.Round(balance * 100m, 0, MidpointRounding.AwayFromZero);
        var each = cents / count;
        var left = cents % count;
        var installments = new List<(DateOnly, decimal)>(count);
        for (var i = 0; i < count; i++)
        {
            var due = first.AddMonths(i);
            installments.Add((FinnishBankCalendar.IsBankDay(due) ? due : FinnishBankCalendar.NextBankDay(due), (each + (i < left ? 1 : 0)) / 100m));
        }

        return installments;
    }
}
