using Asiakasmaksu.Domain.References;
using CsCheck;

namespace Asiakasmaksu.Domain.Tests.References;

public class NationalReferenceTests
{
    [Theory]
    [InlineData("1234567", "12345672")]      // the common textbook example
    [InlineData("123", "1232")]             // shortest base: 3·7 + 2·3 + 1·1 = 28 → 2
    [InlineData("1000", "10003")]           // weights from the right 7, 3, 1, 7: 1·7 = 7 → 3
    [InlineData("86851625961989", "868516259619897")] // bank barcode guide's example reference
    [InlineData("1111", "11112")]           // 7 + 3 + 1 + 7 = 18 → 2 (vector of the npm virtuaaliviivakoodi README)
    public void Create_AppendsThe731CheckDigit(string baseDigits, string expected) =>
        Assert.Equal(expected, NationalReference.Create(baseDigits));

    [Theory]
    [InlineData("12345672")]
    [InlineData("1234 5672")]
    [InlineData("123 45672")]
    [InlineData("86851 62596 19897")]       // bank barcode guide example
    [InlineData("1232")]
    [InlineData("00012345672")]             // leading zeros do not change the check
    public void IsValid_AcceptsGoodReferences(string reference) =>
        Assert.True(NationalReference.IsValid(reference));

    [Theory]
    [InlineData("12345673")]                // wrong check digit
    [InlineData("232")]                     // too short
    [InlineData("123456789012345678903")]   // 21 digits
    [InlineData("1234567A")]
    [InlineData("")]
    [InlineData("RF18539007547034")]
    [InlineData("1234-5672")]
    public void IsValid_RejectsBadReferences(string reference) =>
        Assert.False(NationalReference.IsValid(reference));

    [Fact]
    public void IsValid_Null_False() => Assert.False(NationalReference.IsValid(null));

    [Theory]
    [InlineData("12")]
    [InlineData("12345678901234567890")]    // 20 digits: too long for a base
    [InlineData("12a4")]
    public void Create_RejectsBadBase(string baseDigits) =>
        Assert.Throws<ArgumentException>(() => NationalReference.Create(baseDigits));

    [Theory]
    [InlineData("12345672", "123 45672")]
    [InlineData("1232", "1232")]
    [InlineData("868516259619897", "86851 62596 19897")]
    [InlineData("0000 12345672", "123 45672")]
    [InlineData("12345123451234512345", "12345 12345 12345 12345")]
    public void Format_GroupsOfFiveFromTheRight(string reference, string expected) =>
        Assert.Equal(expected, NationalReference.Format(reference));

    [Theory]
    [InlineData(" 0012 345672", "12345672")]
    [InlineData("000", "0")]
    public void Normalize_DropsSpacesAndLeadingZeros(string reference, string expected) =>
        Assert.Equal(expected, NationalReference.Normalize(reference));

    private static readonly Gen<string> Bases =
        Gen.Int[3, 19].SelectMany(n => Gen.Char['0', '9'].Array[n]).Select(c => new string(c));

    [Fact]
    public void Property_CreatedReferencesValidate() =>
        Bases.Sample(b => NationalReference.IsValid(NationalReference.Create(b)));

    [Fact]
    public void Property_ChangingOneDigitNeverValidates() =>
        Gen.Select(Bases, Gen.Int[0, 1000], Gen.Int[1, 9]).Sample((b, position, delta) =>
        {
            var reference = NationalReference.Create(b).ToCharArray();
            var i = position % reference.Length;
            reference[i] = (char)('0' + ((reference[i] - '0' + delta) % 10));
            return !NationalReference.IsValid(new string(reference));
        });

    [Fact]
    public void Property_FormatThenValidate() =>
        Bases.Where(b => b[0] != '0').Sample(b =>
        {
            var reference = NationalReference.Create(b);
            return NationalReference.IsValid(NationalReference.Format(reference))
                && NationalReference.Normalize(NationalReference.Format(reference)) == reference;
        });
}
