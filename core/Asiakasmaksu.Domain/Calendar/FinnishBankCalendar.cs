namespace Asiakasmaksu.Domain.Calendar;

/// <summary>
/// The days Finnish banks are open (pankkipäivä, bank day): every Monday–Friday except
/// New Year's Day, Epiphany, Good Friday, Easter Monday, 1 May, Ascension Day, Midsummer Eve
/// (the Friday between 19 and 25 June), Independence Day, Christmas Eve, Christmas Day and
/// St Stephen's Day.
/// </summary>
/// <remarks>
/// Assumption, written down: today's list is applied to every year 1900–2100. Finland's
/// holiday law moved Epiphany and Ascension to Saturdays in 1973–1990; that history is not
/// modelled, because no invoice this system handles is dated before 2000.
/// The table is computed once (one flag per day, about 73 000 days) so that a lookup is an
/// array index: the decider asks it millions of times a second.
/// </remarks>
public static class FinnishBankCalendar
{
    /// <summary>The first year the calendar covers.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year the calendar covers.</summary>
    public const int LastYear = 2100;

    private static readonly int FirstDayNumber = new DateOnly(FirstYear, 1, 1).DayNumber;
    private static readonly int LastDayNumber = new DateOnly(LastYear, 12, 31).DayNumber;
    private static readonly bool[] IsBankDayTable = BuildTable();

    /// <summary>True when banks are open on <paramref name="date"/>.</summary>
    public static bool IsBankDay(DateOnly date) => IsBankDayTable[Index(date)];

    /// <summary>The bank holidays that fall on weekdays in <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<BankHoliday> HolidaysIn(int year)
    {
        CheckYear(year);
        return [.. AllHolidays(year).Where(h => !IsWeekend(h.Date)).OrderBy(h => h.Date)];
    }

    /// <summary>The first bank day strictly after <paramref name="date"/>.</summary>
    public static DateOnly NextBankDay(DateOnly date) => NextBankDayOrSame(Step(date, 1));

    /// <summary><paramref name="date"/> itself when it is a bank day, else the next bank day.</summary>
    public static DateOnly NextBankDayOrSame(DateOnly date)
    {
        var i = Index(date);
        while (!IsBankDayTable[i])
        {
            i = CheckedIndex(i + 1);
        }

        return DateOnly.FromDayNumber(FirstDayNumber + i);
    }

    /// <summary>The last bank day strictly before <paramref name="date"/>.</summary>
    public static DateOnly PreviousBankDay(DateOnly date) => PreviousBankDayOrSame(Step(date, -1));

    /// <summary><paramref name="date"/> itself when it is a bank day, else the previous bank day.</summary>
    public static DateOnly PreviousBankDayOrSame(DateOnly date)
    {
        var i = Index(date);
        while (!IsBankDayTable[i])
        {
            i = CheckedIndex(i - 1);
        }

        return DateOnly.FromDayNumber(FirstDayNumber + i);
    }

    /// <summary>
    /// Counts <paramref name="bankDays"/> bank days onward from <paramref name="date"/> (backward when
    /// negative); the start day itself is not counted. Adding 3 to Tuesday 8.8.2017 gives Friday 11.8.2017.
    /// Adding 0 returns <paramref name="date"/> unchanged.
    /// </summary>
    public static DateOnly AddBankDays(DateOnly date, int bankDays)
    {
        var result = date;
        for (var n = 0; n < Math.Abs(bankDays); n++)
        {
            result = bankDays > 0 ? NextBankDay(result) : PreviousBankDay(result);
        }

        return result;
    }

    private static DateOnly Step(DateOnly date, int days)
    {
        var number = date.DayNumber + days;
        if (number < FirstDayNumber || number > LastDayNumber)
        {
            throw OutOfRange(date.Year);
        }

        return DateOnly.FromDayNumber(number);
    }

    private static int Index(DateOnly date)
    {
        var number = date.DayNumber;
        return number < FirstDayNumber || number > LastDayNumber ? throw OutOfRange(date.Year) : number - FirstDayNumber;
    }

    private static int CheckedIndex(int i) =>
        i < 0 || i >= IsBankDayTable.Length
            ? throw OutOfRange(DateOnly.FromDayNumber(FirstDayNumber + Math.Clamp(i, 0, IsBankDayTable.Length - 1)).Year)
            : i;

    private static void CheckYear(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw OutOfRange(year);
        }
    }

    private static ArgumentOutOfRangeException OutOfRange(int year) =>
        new("date", $"The Finnish bank calendar covers {FirstYear}–{LastYear}; {year} is outside it.");

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static bool[] BuildTable()
    {
        var table = new bool[LastDayNumber - FirstDayNumber + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = !IsWeekend(DateOnly.FromDayNumber(FirstDayNumber + i));
        }

        for (var year = FirstYear; year <= LastYear; year++)
        {
            foreach (var holiday in AllHolidays(year))
            {
                table[holiday.Date.DayNumber - FirstDayNumber] = false;
            }
        }

        return table;
    }

    private static IEnumerable<BankHoliday> AllHolidays(int year)
    {
        var easter = Easter.Sunday(year);
        yield return new BankHoliday(new DateOnly(year, 1, 1), "New Year's Day");
        yield return new BankHoliday(new DateOnly(year, 1, 6), "Epiphany");
        yield return new BankHoliday(easter.AddDays(-2), "Good Friday");
        yield return new BankHoliday(easter.AddDays(1), "Easter Monday");
        yield return new BankHoliday(new DateOnly(year, 5, 1), "May Day");
        yield return new BankHoliday(easter.AddDays(39), "Ascension Day");
        yield return new BankHoliday(MidsummerEve(year), "Midsummer Eve");
        yield return new BankHoliday(new DateOnly(year, 12, 6), "Independence Day");
        yield return new BankHoliday(new DateOnly(year, 12, 24), "Christmas Eve");
        yield return new BankHoliday(new DateOnly(year, 12, 25), "Christmas Day");
        yield return new BankHoliday(new DateOnly(year, 12, 26), "St Stephen's Day");
    }

    /// <summary>The Friday between 19 and 25 June (inclusive).</summary>
    private static DateOnly MidsummerEve(int year)
    {
        var date = new DateOnly(year, 6, 19);
        while (date.DayOfWeek != DayOfWeek.Friday)
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
