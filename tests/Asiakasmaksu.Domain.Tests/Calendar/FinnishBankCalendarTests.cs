using Asiakasmaksu.Domain.Calendar;

namespace Asiakasmaksu.Domain.Tests.Calendar;

public class FinnishBankCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(1900, 4, 15)]
    [InlineData(1999, 4, 4)]
    [InlineData(2017, 4, 16)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    [InlineData(2100, 3, 28)]
    public void Easter_KnownSundays(int y, int m, int d) => Assert.Equal(D(y, m, d), Easter.Sunday(y));

    [Fact]
    public void Holidays2017_AreTheWeekdayHolidaysOfThatYear()
    {
        var holidays = FinnishBankCalendar.HolidaysIn(2017).Select(h => h.Date).ToArray();

        // 1.1.2017 was a Sunday and 26.12 a Tuesday; Epiphany a Friday.
        DateOnly[] expected =
        [
            D(2017, 1, 6), D(2017, 4, 14), D(2017, 4, 17), D(2017, 5, 1), D(2017, 5, 25),
            D(2017, 6, 23), D(2017, 12, 6), D(2017, 12, 25), D(2017, 12, 26),
        ];
        Assert.Equal(expected, holidays);
    }

    [Theory]
    [InlineData(2017, 6, 23)]
    [InlineData(2020, 6, 19)]
    [InlineData(2024, 6, 21)]
    [InlineData(2025, 6, 20)]
    [InlineData(2026, 6, 19)]
    [InlineData(2027, 6, 25)]
    public void MidsummerEve_IsTheFridayBetween19And25June(int y, int m, int d)
    {
        Assert.False(FinnishBankCalendar.IsBankDay(D(y, m, d)));
        Assert.True(FinnishBankCalendar.IsBankDay(D(y, m, d).AddDays(-1)));
        Assert.Equal(DayOfWeek.Friday, D(y, m, d).DayOfWeek);
    }

    [Theory]
    [InlineData(2026, 5, 14)] // Ascension 2026
    [InlineData(2025, 5, 29)]
    [InlineData(2026, 4, 3)] // Good Friday
    [InlineData(2026, 4, 6)] // Easter Monday
    [InlineData(2026, 12, 24)] // Christmas Eve, a Thursday
    [InlineData(2025, 12, 26)]
    [InlineData(2027, 1, 1)]
    [InlineData(2026, 1, 6)]
    [InlineData(2023, 12, 6)]
    [InlineData(2026, 5, 1)]
    public void Holiday_IsNotABankDay(int y, int m, int d) => Assert.False(FinnishBankCalendar.IsBankDay(D(y, m, d)));

    [Fact]
    public void NextBankDay_SkipsChristmasAndTheWeekend() =>
        Assert.Equal(D(2026, 12, 28), FinnishBankCalendar.NextBankDay(D(2026, 12, 23)));

    [Fact]
    public void NextBankDay_SkipsNewYearOnAFriday() =>
        Assert.Equal(D(2027, 1, 4), FinnishBankCalendar.NextBankDay(D(2026, 12, 31)));

    [Fact]
    public void NextBankDayOrSame_KeepsABankDay() =>
        Assert.Equal(D(2024, 2, 29), FinnishBankCalendar.NextBankDayOrSame(D(2024, 2, 29)));

    [Fact]
    public void PreviousBankDay_SkipsEaster2026() =>
        Assert.Equal(D(2026, 4, 2), FinnishBankCalendar.PreviousBankDay(D(2026, 4, 7)));

    [Fact]
    public void PreviousBankDayOrSame_OnASunday_IsFriday() =>
        Assert.Equal(D(2026, 11, 20), FinnishBankCalendar.PreviousBankDayOrSame(D(2026, 11, 22)));

    [Fact]
    public void AddBankDays_SeedPaymentTerm_25Jul2017Plus14Plus3IsFriday11Aug() =>
        Assert.Equal(D(2017, 8, 11), FinnishBankCalendar.AddBankDays(D(2017, 7, 25).AddDays(14), 3));

    [Fact]
    public void AddBankDays_AcrossEaster2025() =>
        Assert.Equal(D(2025, 4, 23), FinnishBankCalendar.AddBankDays(D(2025, 4, 17), 2));

    [Fact]
    public void AddBankDays_Backward() =>
        Assert.Equal(D(2025, 4, 17), FinnishBankCalendar.AddBankDays(D(2025, 4, 23), -2));

    [Fact]
    public void AddBankDays_Zero_ReturnsTheDay() =>
        Assert.Equal(D(2025, 4, 19), FinnishBankCalendar.AddBankDays(D(2025, 4, 19), 0));

    [Fact]
    public void LeapDay_2028_IsABankDay_And_2100_IsNotALeapYear()
    {
        Assert.True(FinnishBankCalendar.IsBankDay(D(2028, 2, 29)));
        Assert.False(DateTime.IsLeapYear(2100));
        Assert.Equal(D(2100, 3, 1), FinnishBankCalendar.NextBankDay(D(2100, 2, 26)));
    }

    [Fact]
    public void OutsideTheCoveredYears_IsAnErrorNamingTheYear()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FinnishBankCalendar.IsBankDay(D(2101, 1, 3)));
        Assert.Contains("2101", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FinnishBankCalendar.NextBankDay(D(2100, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FinnishBankCalendar.HolidaysIn(1899));
    }

    [Fact]
    public void EveryYear1900To2100_HasElevenHolidaysAndEasterOnASunday()
    {
        for (var year = FinnishBankCalendar.FirstYear; year <= FinnishBankCalendar.LastYear; year++)
        {
            var easter = Easter.Sunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, D(year, 3, 22), D(year, 4, 25));
            Assert.All(FinnishBankCalendar.HolidaysIn(year), h => Assert.False(FinnishBankCalendar.IsBankDay(h.Date)));
        }
    }
}
