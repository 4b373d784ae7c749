using System.Text;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using static Asiakasmaksu.Domain.Tests.Billing.BillingFiles;

namespace Asiakasmaksu.Domain.Tests.Billing;

public class BillingFileReaderTests
{
    [Fact]
    public void GoodLine_IsAcceptedWithEveryField()
    {
        var line = SingleAccepted(Csv([Line(("email", "aino@example.org"))]));

        Assert.Equal(2, line.LineNumber);
        Assert.Equal(("2026-03-HOME", "L1", "C1"), (line.BatchId, line.LineId, line.ClientId));
        Assert.Equal(new PostalAddress("Aino Virtanen", "Kauppakatu 1", "00100", "Helsinki"), line.Client);
        Assert.Equal(Language.Fi, line.Language);
        Assert.Equal("HOMECARE", line.ServiceCode);
        Assert.Equal(new DateOnly(2026, 2, 10), line.ServiceDate);
        Assert.Equal(Money.Of(48.60m), line.Amount);
        Assert.False(line.CountsTowardCeiling);
        Assert.Equal(new DateOnly(2026, 3, 2), line.InvoiceDate);
        Assert.Equal("aino@example.org", line.Email);
        Assert.Null(line.Representative);
        Assert.Equal(2m, line.Quantity);
        Assert.Equal(Money.Of(24.30m), line.UnitPrice);
        Assert.Matches("^[0-9a-f]{64}$", line.ContentHash);
        Assert.Equal(new Recipient(line.Client, "aino@example.org", false), line.Recipient);
    }

    [Fact]
    public void RecipientGiven_MailGoesToTheRecipient()
    {
        var line = SingleAccepted(Csv([Line(("recipient_name", "Eino Virtanen"), ("recipient_street", "Rantatie 2"), ("recipient_postal_code", "65100"), ("recipient_city", "Vaasa"))]));

        Assert.Equal(new Recipient(new PostalAddress("Eino Virtanen", "Rantatie 2", "65100", "Vaasa"), null, true), line.Recipient);
    }

    [Fact]
    public void OnlyRequiredColumns_Accepted()
    {
        var columns = BillingColumns.Required;
        var line = SingleAccepted(Csv([Line()], columns: columns));
        Assert.Null(line.Quantity);
        Assert.Null(line.Email);
    }

    [Fact]
    public void Semicolons_AreDetected_AndDecimalCommaIsAccepted()
    {
        var (header, records) = Read(Csv([Line(("amount", "48,60"), ("unit_price", "24,30"), ("quantity", "2,0"))], ';'));

        Assert.Equal(';', header.Delimiter);
        var line = Assert.IsType<BillingRecord.Accepted>(Assert.Single(records)).Line;
        Assert.Equal(Money.Of(48.60m), line.Amount);
        Assert.Equal(line.ContentHash, SingleAccepted(Csv([Line()], ',')).ContentHash);
    }

    [Fact]
    public void Commas_DecimalCommaIsRejected()
    {
        var rejection = SingleRejection(Csv([Line(("amount", "48,60"))], ','));
        Assert.Equal(new LineRejection(2, "amount", "bad number: use '.' as the decimal point (',' only when the delimiter is ';')", "C1"), rejection);
    }

    [Fact]
    public void ByteOrderMark_IsSkipped()
    {
        var (header, records) = Read(Csv([Line()], ';'), bom: true);
        Assert.Equal("batch_id", header.Columns[0]);
        Assert.IsType<BillingRecord.Accepted>(Assert.Single(records));
    }

    [Fact]
    public void UnknownColumns_AreListedOnceAndIgnored()
    {
        string[] columns = [.. Columns, "note", "cost_centre", "note", ""];
        var (header, records) = Read(Csv([Line(("note", "x"))], columns: columns));

        Assert.Equal(["note", "cost_centre"], header.UnknownColumns);
        Assert.IsType<BillingRecord.Accepted>(Assert.Single(records));
    }

    [Fact]
    public void UnknownColumn_DoesNotChangeTheContentHash()
    {
        string[] columns = [.. Columns, "note"];
        Assert.Equal(SingleAccepted(Csv([Line()])).ContentHash, SingleAccepted(Csv([Line(("note", "anything"))], columns: columns)).ContentHash);
    }

    [Fact]
    public void Henkilotunnus_FeedsTheContentHash() =>
        Assert.NotEqual(SingleAccepted(Csv([Line()])).ContentHash, SingleAccepted(Csv([Line(("ssn", "010594Y9021"))])).ContentHash);

    [Fact]
    public void QuotedLineBreak_LineNumbersAreWhereRecordsStart()
    {
        var text = Csv([Line(("line_id", "L1")), Line(("line_id", "L2"), ("street", "c/o Laine\nKauppakatu 1")), Line(("line_id", "L3"))]);

        var records = Read(text).Records;

        Assert.Equal(2, Assert.IsType<BillingRecord.Accepted>(records[0]).Line.LineNumber);
        Assert.Equal(new LineRejection(3, "street", "contains control characters", "C1"), Assert.IsType<BillingRecord.Rejected>(records[1]).Rejection);
        Assert.Equal(5, Assert.IsType<BillingRecord.Accepted>(records[2]).Line.LineNumber);
    }

    [Fact]
    public void BlankLines_AreSkippedButCounted()
    {
        var header = string.Join(',', Columns);
        var line = Csv([Line()]).Split('\n')[1];
        var text = $"{header}\r\n\r\n{line}\r\n   \r\n,,\r\n{new string(',', Columns.Length - 1)}\r\n{line.Replace("L1", "L2", StringComparison.Ordinal)}\r\n";

        var records = Read(text).Records;

        Assert.Equal([3, 7], records.Select(r => Assert.IsType<BillingRecord.Accepted>(r).Line.LineNumber));
    }

    [Fact]
    public void MoreFieldsThanTheHeader_Rejected()
    {
        var text = Csv([Line()]).TrimEnd('\n') + ",extra\n";
        Assert.Equal(new LineRejection(2, "", "the line has 22 fields but the header has 21 (a delimiter inside a field must be quoted)", "C1"), SingleRejection(text));
    }

    [Fact]
    public void FewerFieldsThanTheHeader_MissingFieldsAreEmpty()
    {
        var text = string.Join(',', Columns) + "\n2026-03-HOME,L1,C1\n";
        Assert.Equal(new LineRejection(2, "name", "missing field", "C1"), SingleRejection(text));
    }

    [Fact]
    public void FieldsAreTrimmed()
    {
        var line = SingleAccepted(Csv([Line(("client_id", "  C1 "), ("amount", " 48.60 "), ("language", " SV "))]));
        Assert.Equal("C1", line.ClientId);
        Assert.Equal(Language.Sv, line.Language);
        Assert.Equal(SingleAccepted(Csv([Line(("language", "sv"))])).ContentHash, line.ContentHash);
    }

    [Fact]
    public async Task Async_ReadsTheSameRecords()
    {
        var text = Csv([Line(), Line(("line_id", "L2"), ("amount", "0"))]);
        using var reader = await BillingFileReader.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None);
        var records = new List<BillingRecord>();
        await foreach (var record in reader.RecordsAsync(CancellationToken.None))
        {
            records.Add(record);
        }

        Assert.Equal(Read(text).Records, records);
    }
}
