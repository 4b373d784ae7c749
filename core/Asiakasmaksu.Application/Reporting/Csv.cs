namespace Asiakasmaksu.Application.Reporting;

/// <summary>CSV quoting (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled.</summary>
public static class Csv
{
    /// <summary>The field as it stands in a CSV line.</summary>
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
