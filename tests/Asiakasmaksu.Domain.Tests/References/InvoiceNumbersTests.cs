using Asiakasmaksu.Domain.References;
using CsCheck;

namespace Asiakasmaksu.Domain.Tests.References;

/// <summary>The readable invoice number: the sequence and a Luhn check digit, digits only, at most 10.</summary>
public class InvoiceNumbersTests
{
    [Theory]
    [InlineData(100_000, "1000009")]
    [InlineData(100_001, "1000017")]
    [InlineData(999_999_999, "9999999999")]
    public void GivenASequenceNumber_TheInvoiceNumberIsItWithItsLuhnCheckDigit(long sequence, string number)
    {
        Assert.Equal(number, InvoiceNumbers.FromSequence(sequence));
        Assert.Equal(sequence, InvoiceNumbers.SequenceOf(number));
    }

    [Theory]
    [InlineData(99_999)]
    [InlineData(1_000_000_000)]
    public void GivenASequenceOutsideTheRange_ItHasNoNumber(long sequence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InvoiceNumbers.FromSequence(sequence));

    [Fact]
    public void Property_DistinctSequencesGiveDistinctValidNumbersOfAtMostTenDigits() =>
        Gen.Long[InvoiceNumbers.FirstSequence, InvoiceNumbers.LastSequence].Array[2, 50].Sample(sequences =>
        {
            var numbers = sequences.Select(InvoiceNumbers.FromSequence).ToList();
            return numbers.All(n => InvoiceNumbers.IsValid(n) && n.Length <= InvoiceNumbers.MaxLength && n.All(char.IsAsciiDigit))
                && numbers.Distinct().Count() == sequences.Distinct().Count();
        });

    [Fact]
    public void Property_AnyOneMistypedDigitIsCaught() =>
        Gen.Select(Gen.Long[InvoiceNumbers.FirstSequence, InvoiceNumbers.LastSequence], Gen.Int[0, 9], Gen.Int[1, 9]).Sample((sequence, at, change) =>
        {
            var number = InvoiceNumbers.FromSequence(sequence);
            var position = at % number.Length;
            var typed = number[..position] + (char)('0' + ((number[position] - '0' + change) % 10)) + number[(position + 1)..];
            return !InvoiceNumbers.IsValid(typed);
        });

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("100000")]
    [InlineData("0000009")]
    [InlineData("1000008")]
    [InlineData("10000O9")]
    public void GivenSomethingElse_ItIsNoInvoiceNumber(string? text) => Assert.False(InvoiceNumbers.IsValid(text));
}
