using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>Dates as the notices write them, spelled out here independently: fi/sv d.M.yyyy, en "11 August 2017".</summary>
internal static class TestFormat
{
    public static string Date(DateOnly date, Language language) => language == Language.En
        ? $"{date.Day} {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month)} {date.Year}"
        : $"{date.Day}.{date.Month}.{date.Year}";

    /// <summary>Text with every run of white space (line breaks of wrapped text, no-break spaces) as one space.</summary>
    public static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[\s\u00A0]+", " ");
}
