using Asiakasmaksu.Domain.Payments;
using static Asiakasmaksu.Domain.Tests.Payments.KtlBuilder;

namespace Asiakasmaksu.Domain.Tests.Payments;

public class KtlReferenceFileTests
{
    [Fact]
    public void GivenTwoPayments_WhenParsed_ThenAmountsDatesAndReferencesAreRead()
    {
        var text = File(Header(), Payment("2611201234AB0001", "12345672", 12_550), Payment("2611201234AB0002", "1232", 4_000, paymentDate: "261118"), Totals(2, 16_550));

        var read = Assert.IsType<PaymentFileResult.Read>(KtlReferenceFile.Parse(text));

        Assert.Equal(PaymentFileFormat.Ktl, read.Format);
        Assert.Equal(2, read.Payments.Count);
        var first = read.Payments[0];
        Assert.Equal("2611201234AB0001", first.BankId);
        Assert.Equal("bank:2611201234AB0001", first.PaymentId);
        Assert.Equal(Money.Of(125.50m), first.Amount);
        Assert.Equal(new DateOnly(2026, 11, 20), first.BookingDate);
        Assert.Equal(new DateOnly(2026, 11, 19), first.ValueDate);
        Assert.Equal(new DateOnly(2026, 11, 19), first.PaidOn);
        Assert.Equal("12345672", first.Reference); // the 20-digit field's padding zeros dropped
        Assert.False(first.IsReversal);
        Assert.Equal("line 2 (record 3)", first.Location);
        Assert.Equal(Money.Of(165.50m), read.Total);
    }

    [Fact]
    public void GivenACorrectionRecord_WhenParsed_ThenItIsAReversalCountedInTheCorrectionTotals()
    {
        var text = File(Header(), Payment("A1", "12345672", 5_000), Payment("A2", "12345672", 5_000, correction: true), Totals(1, 5_000, 1, 5_000));

        var read = Assert.IsType<PaymentFileResult.Read>(KtlReferenceFile.Parse(text));

        Assert.True(read.Payments[1].IsReversal);
        Assert.Equal(Money.Of(-50m), read.Payments[1].SignedAmount);
        Assert.Equal(Money.Zero, read.Total);
    }

    [Fact]
    public void GivenTwoBatches_WhenParsed_ThenEachBatchIsCheckedAndAllPaymentsRead()
    {
        var text = File(Header(), Payment("A1", "12345672", 100), Totals(1, 100), Header(), Payment("B1", "1232", 200), Totals(1, 200));

        var read = Assert.IsType<PaymentFileResult.Read>(KtlReferenceFile.Parse(text));

        Assert.Equal(["A1", "B1"], read.Payments.Select(p => p.BankId));
    }

    [Fact]
    public void GivenTotalsThatDisagree_WhenParsed_ThenTheWholeFileIsRefusedAtRecord9()
    {
        var text = File(Header(), Payment("A1", "12345672", 12_550), Totals(1, 12_551));

        var refused = Assert.IsType<PaymentFileResult.Refused>(KtlReferenceFile.Parse(text));

        Assert.Equal("line 3 (record 9)", refused.Location);
        Assert.Contains("125.51", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("125.50", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenCorrectionTotalsThatDisagree_WhenParsed_ThenRefused()
    {
        var text = File(Header(), Payment("A1", "12345672", 100), Payment("A2", "12345672", 100, correction: true), Totals(1, 100));

        var refused = Assert.IsType<PaymentFileResult.Refused>(KtlReferenceFile.Parse(text));

        Assert.Contains("corrections", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenARecordOfWrongLength_WhenParsed_ThenRefusedWithItsLineAndNoPayerName()
    {
        var text = File(Header(), Payment("A1", "12345672", 100)[..89], Totals(1, 100));

        var refused = Assert.IsType<PaymentFileResult.Refused>(KtlReferenceFile.Parse(text));

        Assert.Equal("line 2 (record 3)", refused.Location);
        Assert.Contains("89 characters", refused.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("VIRTANEN", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAFileCutBeforeItsTotals_WhenParsed_ThenRefused()
    {
        var refused = Assert.IsType<PaymentFileResult.Refused>(KtlReferenceFile.Parse(File(Header(), Payment("A1", "12345672", 100))));

        Assert.Contains("record 9", refused.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("261340", "entry date")]
    [InlineData("26112X", "entry date")]
    public void GivenABadEntryDate_WhenParsed_ThenRefusedNamingTheField(string date, string field)
    {
        var refused = Assert.IsType<PaymentFileResult.Refused>(KtlReferenceFile.Parse(File(Header(), Payment("A1", "12345672", 100, entryDate: date), Totals(1, 100))));

        Assert.Contains(field, refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenAnUnknownRecordType_WhenParsed_ThenRefused()
    {
        var refused = Assert.IsType<PaymentFileResult.Refused>(KtlReferenceFile.Parse(File(Header(), "5".PadRight(90), Totals(0, 0))));

        Assert.Equal("line 2 (record 5)", refused.Location);
    }

    [Fact]
    public void GivenAZeroReference_WhenParsed_ThenThePaymentHasNoReference()
    {
        var read = Assert.IsType<PaymentFileResult.Read>(KtlReferenceFile.Parse(File(Header(), Payment("A1", "0", 100), Totals(1, 100))));

        Assert.Null(read.Payments[0].Reference);
    }

    [Fact]
    public void GivenLatin1Bytes_WhenReadThroughPaymentFile_ThenAPayerNameWithUmlautsIsOneCharacterEach()
    {
        var record = Payment("A1", "12345672", 100).Replace("VIRTANEN MAI", "MÄKELÄ ÅSA  ", StringComparison.Ordinal);
        var bytes = System.Text.Encoding.Latin1.GetBytes(File(Header(), record, Totals(1, 100)));

        Assert.IsType<PaymentFileResult.Read>(PaymentFile.Parse(bytes));
        Assert.IsType<PaymentFileResult.Read>(PaymentFile.Parse(System.Text.Encoding.UTF8.GetBytes(File(Header(), record, Totals(1, 100)))));
    }
}
