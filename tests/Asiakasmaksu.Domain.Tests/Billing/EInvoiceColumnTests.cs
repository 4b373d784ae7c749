using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using static Asiakasmaksu.Domain.Tests.Billing.BillingFiles;

namespace Asiakasmaksu.Domain.Tests.Billing;

/// <summary>The optional e-invoice columns einvoice_address and einvoice_operator (docs/billing-file.md).</summary>
public class EInvoiceColumnTests
{
    private static readonly string[] WithEInvoiceColumns = [.. Columns, "einvoice_address", "einvoice_operator"];

    public static TheoryData<string, string, string, string> Faults => new()
    {
        // einvoice_address, einvoice_operator, column reported, reason
        { "FI7912345600000789", "", "einvoice_operator", "einvoice_address and einvoice_operator go together: give both or neither" },
        { "", "NDEAFIHH", "einvoice_address", "einvoice_address and einvoice_operator go together: give both or neither" },
        { "X", "NDEAFIHH", "einvoice_address", "an e-invoice address is 2 to 35 letters and digits, as the client's bank or operator gave it" },
        { new string('7', 36), "NDEAFIHH", "einvoice_address", "an e-invoice address is 2 to 35 letters and digits, as the client's bank or operator gave it" },
        { "FI79 1234", "NDEAFIHH", "einvoice_address", "an e-invoice address is 2 to 35 letters and digits, as the client's bank or operator gave it" },
        { "131052A308T", "NDEAFIHH", "einvoice_address", "looks like a henkilötunnus: an e-invoice address is never a personal identity code" },
        { "FI7912345600000789", "NORDEA", "einvoice_operator", "an operator is its OVT code (0037, 8 digits, up to 5 more characters, e.g. 003721291126) or a bank's BIC (e.g. NDEAFIHH)" },
        { "FI7912345600000789", "0038212911260", "einvoice_operator", "an operator is its OVT code (0037, 8 digits, up to 5 more characters, e.g. 003721291126) or a bank's BIC (e.g. NDEAFIHH)" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void EachEInvoiceRule_RejectsWithLineColumnAndReason(string address, string intermediator, string column, string reason)
    {
        var bad = Line(("line_id", "L2"), ("einvoice_address", address), ("einvoice_operator", intermediator));
        var text = Csv([Line(("line_id", "L1")), bad], columns: WithEInvoiceColumns);

        var records = Read(text).Records;

        Assert.IsType<BillingRecord.Accepted>(records[0]);
        Assert.Equal(new LineRejection(3, column, reason, "C1"), Assert.IsType<BillingRecord.Rejected>(records[1]).Rejection);
    }

    [Theory]
    [InlineData("fi7912345600000789", "ndeafihh", "FI7912345600000789", "NDEAFIHH")]
    [InlineData("003712345671", "003721291126", "003712345671", "003721291126")]
    public void GivenAnEInvoiceAddress_TheRecipientTakesEInvoicesThere(string address, string intermediator, string expectedAddress, string expectedIntermediator)
    {
        var line = SingleAccepted(Csv([Line(("einvoice_address", address), ("einvoice_operator", intermediator))], columns: WithEInvoiceColumns));

        Assert.Equal(new EInvoiceAddress(expectedAddress, expectedIntermediator), line.Recipient.EInvoice);
        Assert.False(line.Recipient.OnBehalfOfClient);
    }

    [Fact]
    public void GivenAGuardianWithAnEInvoiceAddress_TheGuardianReceivesTheEInvoices()
    {
        var line = SingleAccepted(Csv(
            [Line(("recipient_name", "Erik Edunvalvoja"), ("recipient_street", "Holhoustie 9"), ("recipient_postal_code", "00900"), ("recipient_city", "Helsinki"), ("einvoice_address", "FI7912345600000789"), ("einvoice_operator", "NDEAFIHH"))],
            columns: WithEInvoiceColumns));

        Assert.True(line.Recipient.OnBehalfOfClient);
        Assert.Equal("Erik Edunvalvoja", line.Recipient.Address.Name);
        Assert.Equal("FI7912345600000789", line.Recipient.EInvoice!.Address);
    }

    [Fact]
    public void WithoutTheEInvoiceColumns_TheHashIsTheSameAsWithThemEmpty_AndAnAddressChangesIt()
    {
        var plain = SingleAccepted(Csv([Line()]));
        var empty = SingleAccepted(Csv([Line()], columns: WithEInvoiceColumns));
        var given = SingleAccepted(Csv([Line(("einvoice_address", "FI7912345600000789"), ("einvoice_operator", "NDEAFIHH"))], columns: WithEInvoiceColumns));

        Assert.Equal(plain.ContentHash, empty.ContentHash);
        Assert.NotEqual(plain.ContentHash, given.ContentHash);
        Assert.Null(plain.Recipient.EInvoice);
    }
}
