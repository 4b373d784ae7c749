using System.Text;
using Asiakasmaksu.Domain.Billing;
using static Asiakasmaksu.Domain.Tests.Billing.BillingFiles;

namespace Asiakasmaksu.Domain.Tests.Billing;

public class BillingFileRefusalTests
{
    [Theory]
    [InlineData("amount")]
    [InlineData("batch_id")]
    [InlineData("invoice_date")]
    public void MissingRequiredColumn_RefusedNamingIt(string column)
    {
        var columns = Columns.Where(c => c != column).ToList();
        var e = Assert.Throws<BillingFileFormatException>(() => Read(Csv([Line()], columns: columns)));

        Assert.Equal($"not a billing file: the required column {column} is missing", e.Message);
        Assert.Equal((1, column), (e.LineNumber, e.Column));
    }

    [Fact]
    public void SeveralMissing_AllNamed()
    {
        var e = Assert.Throws<BillingFileFormatException>(() => Read("client_id;name\nC1;Aino\n"));
        Assert.Equal("not a billing file: the required columns batch_id, line_id, street, postal_code, city, language, service_code, service_date, amount, ceiling, invoice_date are missing", e.Message);
    }

    [Fact]
    public void ColumnNamedTwice_Refused()
    {
        string[] columns = [.. Columns, "amount"];
        var e = Assert.Throws<BillingFileFormatException>(() => Read(Csv([Line()], columns: columns)));
        Assert.Equal("not a billing file: the column amount is named twice in the header", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\nbatch_id")]
    public void EmptyOrNoHeader_Refused(string text) =>
        Assert.StartsWith("not a billing file: ", Assert.Throws<BillingFileFormatException>(() => Read(text)).Message);

    [Fact]
    public void QuoteLeftOpen_RefusedWithTheLineWhereTheRecordStarts()
    {
        var text = Csv([Line(), Line(("line_id", "L2"))]) + "2026-03-HOME,L3,C1,\"Aino Virtanen,Kauppakatu 1\n";

        var e = Assert.Throws<BillingFileFormatException>(() => Read(text));

        Assert.Equal(4, e.LineNumber);
        Assert.DoesNotContain("Aino", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotUtf8_Refused()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv([Line()])).Concat(Encoding.Latin1.GetBytes("2026-03-HOME,L2,C1,Väinö\n")).ToArray();

        var e = Assert.Throws<BillingFileFormatException>(() => Read(bytes));

        Assert.Contains("not UTF-8", e.Message, StringComparison.Ordinal);
    }
}
