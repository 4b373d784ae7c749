using System.Text;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Tests.Import;

public class CsvRejectionSinkTests
{
    [Fact]
    public async Task OneFile_HeaderAndQuotedRows()
    {
        var output = new MemoryStream();
        await using (var sink = new CsvRejectionSink(output, leaveOpen: true))
        {
            await sink.AddAsync(new LineRejection(7, "amount", "bad number: use '.' as the decimal point (',' only when the delimiter is ';')", "C,1"), CancellationToken.None);
            await sink.AddAsync(new LineRejection(9, "", "a \"quoted\" reason", null), CancellationToken.None);
            Assert.Equal(2, sink.Count);
        }

        Assert.Equal(
            "line_number,column,reason,client_id\n7,amount,\"bad number: use '.' as the decimal point (',' only when the delimiter is ';')\",\"C,1\"\n9,,\"a \"\"quoted\"\" reason\",\n",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task SeveralFiles_FileColumnFirst()
    {
        var output = new MemoryStream();
        await using (var sink = new CsvRejectionSink(output, withFileColumn: true, leaveOpen: true))
        {
            sink.CurrentFile = "2026-01.csv";
            await sink.AddAsync(new LineRejection(2, "ssn", "invalid henkilötunnus: bad date", "C1"), CancellationToken.None);
            sink.CurrentFile = "2026-02.csv";
            await sink.AddAsync(new LineRejection(3, "language", "unknown language: use fi, sv or en", "C2"), CancellationToken.None);
        }

        Assert.Equal(
            "file,line_number,column,reason,client_id\n2026-01.csv,2,ssn,invalid henkilötunnus: bad date,C1\n2026-02.csv,3,language,\"unknown language: use fi, sv or en\",C2\n",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example\")", "\"'=HYPERLINK(\"\"http://x.example\"\")\"")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0", "\"'@SUM(1+1)*cmd|' /C calc'!A0\"")]
    [InlineData("+358401234567", "\"'+358401234567\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("C-1=2", "C-1=2")]
    public async Task GivenACellAsASpreadsheetWouldRunIt_WhenWritten_ThenItIsText(string clientId, string cell)
    {
        var output = new MemoryStream();
        await using (var sink = new CsvRejectionSink(output, leaveOpen: true))
        {
            await sink.AddAsync(new LineRejection(2, "amount", "zero or negative amount", clientId), CancellationToken.None);
        }

        Assert.Equal($"line_number,column,reason,client_id\n2,amount,zero or negative amount,{cell}\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task GivenWarnings_WhenTheReportKeepsOnlyRejections_ThenTheyAreLeftOut()
    {
        var output = new MemoryStream();
        await using (var sink = new CsvRejectionSink(output, leaveOpen: true, rows: CsvReportRows.Rejections))
        {
            await sink.AddWarningAsync(new LineRejection(2, "street", "the address differs", "C1"), CancellationToken.None);
            Assert.Equal((0, 0), (sink.Count, sink.Warnings));
        }

        Assert.Equal("line_number,column,reason,client_id\n", Encoding.UTF8.GetString(output.ToArray()));
    }
}
