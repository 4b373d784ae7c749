using Asiakasmaksu.Domain.Billing;
using CsCheck;
using static Asiakasmaksu.Domain.Tests.Billing.BillingFiles;

namespace Asiakasmaksu.Domain.Tests.Billing;

public class BillingLineRejectionTests
{
    public static TheoryData<string, string, string, string> Faults => new()
    {
        // column changed, value, column reported, reason
        { "batch_id", "", "batch_id", "missing field" },
        { "line_id", new string('x', 65), "line_id", "longer than 64 characters" },
        { "name", "", "name", "missing field" },
        { "street", new string('k', 201), "street", "longer than 200 characters" },
        { "postal_code", "00100001001001001", "postal_code", "longer than 16 characters" },
        { "city", "Hel\tsinki", "city", "contains control characters" },
        { "language", "", "language", "missing field" },
        { "language", "de", "language", "unknown language: use fi, sv or en" },
        { "service_code", "", "service_code", "missing field" },
        { "service_date", "2026-02-30", "service_date", "bad date: expected a real date as yyyy-mm-dd" },
        { "service_date", "10.2.2026", "service_date", "bad date: expected a real date as yyyy-mm-dd" },
        { "service_date", "1999-12-31", "service_date", "bad date: the year must be 2000–2099" },
        { "amount", "", "amount", "missing field" },
        { "amount", "0", "amount", "zero or negative amount" },
        { "amount", "-48.60", "amount", "zero or negative amount" },
        { "amount", "48.605", "amount", "more than 2 decimals" },
        { "amount", "1000000.01", "amount", "amount above 1 000 000" },
        { "amount", "4.86e1", "amount", "bad number" },
        { "amount", "1 048.60", "amount", "bad number" },
        { "ceiling", "yes", "ceiling", "must be 1 (counts toward the payment ceiling) or 0" },
        { "ceiling", "", "ceiling", "missing field" },
        { "invoice_date", "", "invoice_date", "missing field" },
        { "invoice_date", "2100-01-01", "invoice_date", "bad date: the year must be 2000–2099" },
        { "ssn", "131052-308U", "ssn", "invalid henkilötunnus: bad check character" },
        { "ssn", "311352-308T", "ssn", "invalid henkilötunnus: bad date" },
        { "ssn", "131052Q308T", "ssn", "invalid henkilötunnus: unknown century sign" },
        { "email", "aino(at)example.org", "email", "invalid email address" },
        { "recipient_name", "Eino Virtanen", "recipient_street", "recipient_name, recipient_street, recipient_postal_code and recipient_city go together: give all four or none" },
        { "quantity", "", "quantity", "quantity and unit_price go together: give both or neither" },
        { "unit_price", "", "unit_price", "quantity and unit_price go together: give both or neither" },
        { "quantity", "2.00001", "quantity", "more than 4 decimals" },
        { "quantity", "0", "quantity", "quantity must be above zero" },
        { "unit_price", "24.305", "unit_price", "more than 2 decimals" },
        { "unit_price", "24.31", "amount", "amount is not quantity × unit_price rounded to cents" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void EachRule_RejectsWithLineColumnAndReason(string column, string value, string reportedColumn, string reason)
    {
        var text = Csv([Line(("line_id", "L1")), Line(("line_id", "L2"), (column, value))]);

        var records = Read(text).Records;

        Assert.IsType<BillingRecord.Accepted>(records[0]);
        Assert.Equal(new LineRejection(3, reportedColumn, reason, "C1"), Assert.IsType<BillingRecord.Rejected>(records[1]).Rejection);
    }

    [Theory]
    [InlineData("")]
    [InlineData("C\u00071")]
    public void BadClientId_RejectedWithoutAClientId(string clientId) =>
        Assert.Null(SingleRejection(Csv([Line(("client_id", clientId))])).ClientId);

    [Fact]
    public void QuantityTimesUnitPrice_RoundedToCents_Accepted()
    {
        // 3.3333 × 15.00 = 49.9995 → 50.00 (half away from zero)
        var line = SingleAccepted(Csv([Line(("quantity", "3.3333"), ("unit_price", "15.00"), ("amount", "50.00"))]));
        Assert.Equal(3.3333m, line.Quantity);
    }

    [Fact]
    public void TemporaryHenkilotunnus_Accepted() =>
        SingleAccepted(Csv([Line(("ssn", "290200A900B"))]));

    private static readonly Gen<string> Words = Gen.String[Gen.Char.AlphaNumeric, 6, 24];

    [Fact]
    public void Property_NoReasonRepeatsAFieldValue() =>
        Gen.Select(Words, Words, Gen.String[Gen.Char["0123456789-+ABCDEFYXWVU"], 11, 11], Gen.Int[0, 6], Gen.Bool.Select(b => b ? ',' : ';'))
            .Sample((name, street, ssn, fault, delimiter) =>
            {
                var (column, value) = fault switch
                {
                    0 => ("name", name + "\u0001"),
                    1 => ("street", street + new string('x', 200)),
                    2 => ("amount", name),
                    3 => ("service_date", street),
                    4 => ("email", name),
                    5 => ("language", street),
                    _ => ("postal_code", street + name),
                };
                var line = Line(("name", name), ("street", street), ("ssn", ssn), (column, value));
                var values = line.Values.Where(v => v.Length >= 6).ToList();
                foreach (var record in Read(Csv([line], delimiter)).Records)
                {
                    if (record is BillingRecord.Rejected r && values.Any(v => r.Rejection.Reason.Contains(v, StringComparison.Ordinal)))
                    {
                        return false;
                    }
                }

                return true;
            });

    [Fact]
    public void Property_BrokenFileMessagesNeverRepeatAValue() =>
        Gen.Select(Words, Words).Sample((name, street) =>
        {
            var text = Csv([Line(("name", name))]) + $"2026-03-HOME,L2,C1,\"{name},{street}\n";
            var e = Assert.Throws<BillingFileFormatException>(() => Read(text));
            return !e.Message.Contains(name, StringComparison.Ordinal) && !e.Message.Contains(street, StringComparison.Ordinal);
        });
}
