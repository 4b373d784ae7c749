namespace Asiakasmaksu.Application.Reporting;

/// <summary>
/// CSV cells (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled. Staff
/// open these reports in a spreadsheet, so a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return (a client id such as <c>=HYPERLINK(…)</c>) would run as a
/// formula: it is written with a leading apostrophe and quoted, as OWASP recommends against CSV
/// injection, so the spreadsheet shows it as text.
/// </summary>
public static class Csv
{
    /// <summary>The field as it stands in a CSV line.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            return $"\"'{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
