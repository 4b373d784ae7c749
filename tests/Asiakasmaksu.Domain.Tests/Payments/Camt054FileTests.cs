using Asiakasmaksu.Domain.Payments;
using static Asiakasmaksu.Domain.Tests.Payments.CamtBuilder;

namespace Asiakasmaksu.Domain.Tests.Payments;

public class Camt054FileTests
{
    [Fact]
    public void GivenABookedCreditWithOneTransaction_WhenParsed_ThenOnePaymentWithItsReferenceAndDates()
    {
        var file = Document(Entry("125.50", "2611201234AB0001", Tx("125.50", "RF85 1234 5672")));

        var read = Assert.IsType<PaymentFileResult.Read>(PaymentFile.Parse(file));

        Assert.Equal(PaymentFileFormat.Camt054, read.Format);
        var payment = Assert.Single(read.Payments);
        Assert.Equal("2611201234AB0001", payment.BankId);
        Assert.Equal(Money.Of(125.50m), payment.Amount);
        Assert.Equal(new DateOnly(2026, 11, 20), payment.BookingDate);
        Assert.Equal(new DateOnly(2026, 11, 19), payment.ValueDate);
        Assert.Equal("RF85 1234 5672", payment.Reference);
        Assert.False(payment.IsReversal);
    }

    [Fact]
    public void GivenABatchedEntry_WhenParsed_ThenEachTransactionIsAPaymentWithItsOwnOrNumberedId()
    {
        var file = Document(Entry("60.00", "E1", Tx("40.00", "12345672", "T1") + Tx("20.00", "1232")));

        var read = Assert.IsType<PaymentFileResult.Read>(Camt054File.Parse(file));

        Assert.Equal(["T1", "E1/2"], read.Payments.Select(p => p.BankId));
        Assert.Equal(Money.Of(60m), read.Total);
    }

    [Fact]
    public void GivenPendingAndDebitEntries_WhenParsed_ThenOnlyBookedCreditsArePayments()
    {
        var file = Document(
            Entry("10.00", "P1", Tx("10.00", "12345672"), status: "<Sts>PDNG</Sts>")
            + Entry("5.00", "D1", Tx("5.00", "12345672"), indicator: "DBIT")
            + Entry("7.00", "C1", Tx("7.00", "12345672")));

        var read = Assert.IsType<PaymentFileResult.Read>(Camt054File.Parse(file));

        Assert.Equal("C1", Assert.Single(read.Payments).BankId);
    }

    [Fact]
    public void GivenAReturnedCredit_WhenParsed_ThenItIsAReversal()
    {
        var file = Document(Entry("7.00", "R1", Tx("7.00", "12345672"), indicator: "DBIT", reversal: "<RvslInd>true</RvslInd>"));

        var read = Assert.IsType<PaymentFileResult.Read>(Camt054File.Parse(file));

        Assert.True(Assert.Single(read.Payments).IsReversal);
        Assert.Equal(Money.Of(-7m), read.Total);
    }

    [Fact]
    public void GivenVersion08StatusCode_WhenParsed_ThenBookedIsRecognised()
    {
        var file = Document(Entry("7.00", "C1", Tx("7.00", "12345672"), status: "<Sts><Cd>BOOK</Cd></Sts>"), ns: V08);

        Assert.Single(Assert.IsType<PaymentFileResult.Read>(Camt054File.Parse(file)).Payments);
    }

    [Fact]
    public void GivenTransactionsThatDoNotAddUp_WhenParsed_ThenRefusedAtTheEntryAmount()
    {
        var file = Document(Entry("60.00", "E1", Tx("40.00", "12345672", "T1") + Tx("19.99", "1232", "T2")));

        var refused = Assert.IsType<PaymentFileResult.Refused>(Camt054File.Parse(file));

        Assert.Equal("/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[1]/Amt", refused.Location);
    }

    [Fact]
    public void GivenASummaryThatDisagrees_WhenParsed_ThenRefused()
    {
        var summary = "<TxsSummry><TtlCdtNtries><NbOfNtries>1</NbOfNtries><Sum>8.00</Sum></TtlCdtNtries></TxsSummry>";
        var file = Document(Entry("7.00", "C1", Tx("7.00", "12345672")), summary: summary);

        var refused = Assert.IsType<PaymentFileResult.Refused>(Camt054File.Parse(file));

        Assert.EndsWith("TxsSummry/TtlCdtNtries/Sum", refused.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenBrokenXml_WhenParsed_ThenRefusedWithLineAndPosition()
    {
        var file = System.Text.Encoding.UTF8.GetBytes("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">\n<BkToCstmrDbtCdtNtfctn>\n</Document>");

        var refused = Assert.IsType<PaymentFileResult.Refused>(PaymentFile.Parse(file));

        Assert.StartsWith("line 3, position", refused.Location, StringComparison.Ordinal);
        Assert.StartsWith("broken XML", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenADocumentTypeDeclaration_WhenParsed_ThenRefusedWithoutResolvingIt()
    {
        var file = System.Text.Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Document>&x;</Document>");

        Assert.Contains("DTD", Assert.IsType<PaymentFileResult.Refused>(PaymentFile.Parse(file)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenBrokenXmlAroundAPayerName_WhenParsed_ThenTheRefusalDoesNotQuoteIt()
    {
        var file = Document(Entry("7.00", "C1", Tx("7.00", "12345672")).Replace("<Nm>Maija Virtanen</Nm>", "<Nm>Maija <Virtanen</Nm>", StringComparison.Ordinal));

        var refused = Assert.IsType<PaymentFileResult.Refused>(Camt054File.Parse(file));

        Assert.DoesNotContain("Virtanen", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAnotherMessage_WhenParsed_ThenRefused()
    {
        var file = System.Text.Encoding.UTF8.GetBytes("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>");

        Assert.Contains("not a camt.054", Assert.IsType<PaymentFileResult.Refused>(PaymentFile.Parse(file)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenANonEuroAmount_WhenParsed_ThenRefused()
    {
        var file = Document(Entry("7.00", "C1", Tx("7.00", "12345672")).Replace("Ccy=\"EUR\">7.00</Amt>\n  <CdtDbtInd", "Ccy=\"SEK\">7.00</Amt>\n  <CdtDbtInd", StringComparison.Ordinal));

        Assert.IsType<PaymentFileResult.Refused>(Camt054File.Parse(file));
    }
}
