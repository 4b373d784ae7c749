using Asiakasmaksu.Domain.Calendar;

namespace Asiakasmaksu.Domain.Invoices;

/// <summary>
/// An invoice's next automatic step: the earliest day it may happen and which days qualify
/// (any day, a bank day, or the transfer weekday when it is a bank day).
/// </summary>
/// <param name="Kind">The step.</param>
/// <param name="Earliest">The earliest day.</param>
/// <param name="OnlyBankDays">True when the step happens only on bank days.</param>
/// <param name="OnlyOn">When set, the step happens only on this weekday (and only when it is a bank day).</param>
public sealed record ScheduledStep(StepKind Kind, DateOnly Earliest, bool OnlyBankDays, DayOfWeek? OnlyOn = null)
{
    /// <summary>True when the step happens on <paramref name="day"/>.</summary>
    public bool RunsOn(DateOnly day) => day >= Earliest && FirstQualifyingDayFrom(day) == day;

    /// <summary>The first day on or after <paramref name="notBefore"/> on which the step would happen.</summary>
    public DateOnly FirstRunFrom(DateOnly notBefore) =>
        FirstQualifyingDayFrom(DateAdjusters.Latest(Earliest, notBefore));

    private DateOnly FirstQualifyingDayFrom(DateOnly day)
    {
        if (OnlyOn is { } weekday)
        {
            var candidate = day.NextOrSame(weekday);
            while (!FinnishBankCalendar.IsBankDay(candidate))
            {
                candidate = candidate.AddDays(7);
            }

            return candidate;
        }

        return OnlyBankDays ? FinnishBankCalendar.NextBankDayOrSame(day) : day;
    }
}
