using System.Diagnostics;
using System.Text;
using Asiakasmaksu.Domain.Billing;
using static Asiakasmaksu.Domain.Tests.Billing.BillingFiles;

namespace Asiakasmaksu.Domain.Tests.Billing;

/// <summary>Issue 21, items 2, 10 and 13: ids that are a henkilötunnus, postal codes, encodings and a record of a million fields.</summary>
public class InputSafetyTests
{
    [Theory]
    [InlineData("client_id", "131052-308T")]
    [InlineData("client_id", "C-131052\u2013308T")]
    [InlineData("client_id", "131052308T")]
    [InlineData("batch_id", "131052-308T")]
    [InlineData("line_id", "HETU 131052 308T")]
    public void GivenAnIdThatIsAHenkilotunnus_WhenRead_ThenRejectedNamingTheColumnWithoutRepeatingIt(string column, string value)
    {
        var rejection = SingleRejection(Csv([Line((column, value))]));

        Assert.Equal((2, column), (rejection.LineNumber, rejection.Column));
        Assert.Equal(FieldRules.LooksLikeIdentityCode, rejection.Reason);
        Assert.DoesNotContain("308", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(column == "client_id" ? null : "C1", rejection.ClientId);
    }

    [Fact]
    public void GivenACeilingHolderThatIsAHenkilotunnus_WhenRead_ThenRejected()
    {
        string[] columns = [.. Columns, "ceiling_holder_id"];
        var rejection = SingleRejection(Csv([Line(("ceiling_holder_id", "131052-308T"))], columns: columns));
        Assert.Equal(("ceiling_holder_id", FieldRules.LooksLikeIdentityCode), (rejection.Column, rejection.Reason));
    }

    [Fact]
    public void GivenTooManyFieldsAndAHenkilotunnusClientId_WhenRead_ThenTheReportDoesNotNameTheClient()
    {
        var text = Csv([Line(("client_id", "131052-308T"))]).TrimEnd('\n') + ",extra\n";
        Assert.Null(SingleRejection(text).ClientId);
    }

    [Theory]
    [InlineData("postal_code", "ABCDE")]
    [InlineData("postal_code", "1234")]
    [InlineData("postal_code", "FI-00100")]
    [InlineData("postal_code", "00 100")]
    public void GivenAPostalCodeThatIsNone_WhenRead_ThenRejected(string column, string value) =>
        Assert.Equal(
            (column, "a postal code is 5 digits, or a foreign one after its country code, e.g. SE-113 56"),
            (SingleRejection(Csv([Line((column, value))])).Column, SingleRejection(Csv([Line((column, value))])).Reason));

    [Fact]
    public void GivenARecipientPostalCodeThatIsNone_WhenRead_ThenRejected()
    {
        var line = Line(("recipient_name", "Eino Virtanen"), ("recipient_street", "Katu 2"), ("recipient_postal_code", "ABCDE"), ("recipient_city", "Espoo"));
        Assert.Equal("recipient_postal_code", SingleRejection(Csv([line])).Column);
    }

    [Theory]
    [InlineData("00100")]
    [InlineData("22100")]
    [InlineData("SE-113 56")]
    [InlineData("DE-10115")]
    public void GivenAFinnishOrForeignPostalCode_WhenRead_ThenAccepted(string value) =>
        Assert.Equal(value, SingleAccepted(Csv([Line(("postal_code", value))])).Client.PostalCode);

    [Fact]
    public void GivenAUtf16FileWithAByteOrderMark_WhenRead_ThenRefusedSayingSo()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Csv([Line()]))).ToArray();

        var e = Assert.Throws<BillingFileFormatException>(() => Read(bytes));

        Assert.Equal("not a billing file: the file is UTF-16 (or UTF-32) text; the format is UTF-8: save the file as UTF-8", e.Message);
        Assert.Equal(1, e.LineNumber);
    }

    [Fact]
    public void GivenAUtf16FileWithoutAByteOrderMark_WhenRead_ThenRefused() =>
        Assert.Contains("UTF-16", Assert.Throws<BillingFileFormatException>(() => Read(Encoding.Unicode.GetBytes(Csv([Line()])))).Message, StringComparison.Ordinal);

    [Fact]
    public void GivenAUtf8ByteOrderMark_WhenRead_ThenSkipped() =>
        Assert.Equal("C1", Assert.IsType<BillingRecord.Accepted>(Assert.Single(Read(Csv([Line()]), bom: true).Records)).Line.ClientId);

    [Fact]
    public void GivenADataLineOfAMillionFields_WhenRead_ThenRefusedAtOnceNamingTheLine()
    {
        var text = Csv([Line()]) + string.Join(',', Enumerable.Repeat("a", 1_000_000)) + "\n";
        var watch = Stopwatch.StartNew();

        var e = Assert.Throws<BillingFileFormatException>(() => Read(text));

        Assert.Equal("not a billing file: the record starting on line 3 has more than 1000 fields", e.Message);
        Assert.Equal(3, e.LineNumber);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void GivenAQuotedFieldHoldingTwoThousandDelimiters_WhenRead_ThenItIsOneFieldAndTheLineIsRead()
    {
        string[] columns = [.. Columns, "notes"];
        var line = Line(("notes", new string(',', 2000)));

        Assert.Equal("C1", SingleAccepted(Csv([line], columns: columns)).ClientId);
    }

    [Fact]
    public void GivenAHeaderOfTwoThousandColumns_WhenRead_ThenRefused() =>
        Assert.Equal(
            "not a billing file: the header has more than 1000 columns",
            Assert.Throws<BillingFileFormatException>(() => Read(string.Join(',', Columns.Concat(Enumerable.Range(0, 2000).Select(i => $"x{i}"))) + "\n")).Message);

    [Fact]
    public void GivenAFileOfOneEndlessLine_WhenRead_ThenRefusedWithoutReadingItAll() =>
        Assert.StartsWith(
            "not a billing file: the header is longer than",
            Assert.Throws<BillingFileFormatException>(() => Read(new string('a', BillingFileReader.MaxRecordLength + 10))).Message,
            StringComparison.Ordinal);
}
