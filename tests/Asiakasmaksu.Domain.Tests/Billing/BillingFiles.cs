using System.Text;
using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Domain.Tests.Billing;

/// <summary>Builds small billing files for reader tests: a header and lines from column → value maps.</summary>
internal static class BillingFiles
{
    public static readonly string[] Columns =
    [
        "batch_id", "line_id", "client_id", "name", "street", "postal_code", "city", "language", "service_code",
        "service_date", "amount", "ceiling", "invoice_date", "ssn", "email",
        "recipient_name", "recipient_street", "recipient_postal_code", "recipient_city", "quantity", "unit_price",
    ];

    /// <summary>A good line; <paramref name="changes"/> override fields by column name.</summary>
    public static Dictionary<string, string> Line(params (string Column, string Value)[] changes)
    {
        var line = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["batch_id"] = "2026-03-HOME", ["line_id"] = "L1", ["client_id"] = "C1", ["name"] = "Aino Virtanen",
            ["street"] = "Kauppakatu 1", ["postal_code"] = "00100", ["city"] = "Helsinki", ["language"] = "fi",
            ["service_code"] = "HOMECARE", ["service_date"] = "2026-02-10", ["amount"] = "48.60", ["ceiling"] = "0",
            ["invoice_date"] = "2026-03-02", ["ssn"] = "131052-308T", ["email"] = "",
            ["recipient_name"] = "", ["recipient_street"] = "", ["recipient_postal_code"] = "", ["recipient_city"] = "",
            ["quantity"] = "2", ["unit_price"] = "24.30",
        };
        foreach (var (column, value) in changes)
        {
            line[column] = value;
        }

        return line;
    }

    /// <summary>The CSV text of <paramref name="lines"/> under <paramref name="columns"/>, fields quoted when needed.</summary>
    public static string Csv(IEnumerable<Dictionary<string, string>> lines, char delimiter = ',', IReadOnlyList<string>? columns = null)
    {
        columns ??= Columns;
        var text = new StringBuilder();
        text.Append(string.Join(delimiter, columns)).Append('\n');
        foreach (var line in lines)
        {
            text.Append(string.Join(delimiter, columns.Select(c => Quote(line.GetValueOrDefault(c, string.Empty), delimiter)))).Append('\n');
        }

        return text.ToString();
    }

    public static string Quote(string value, char delimiter) =>
        value.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    public static (BillingFileHeader Header, List<BillingRecord> Records) Read(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Read(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    public static (BillingFileHeader Header, List<BillingRecord> Records) Read(byte[] bytes)
    {
        using var reader = BillingFileReader.Open(new MemoryStream(bytes));
        return (reader.Header, reader.Records().ToList());
    }

    public static LineRejection SingleRejection(string text) =>
        Assert.IsType<BillingRecord.Rejected>(Assert.Single(Read(text).Records)).Rejection;

    public static BillingLine SingleAccepted(string text) =>
        Assert.IsType<BillingRecord.Accepted>(Assert.Single(Read(text).Records)).Line;
}
