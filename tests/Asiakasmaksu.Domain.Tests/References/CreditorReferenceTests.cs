using Asiakasmaksu.Domain.References;
using CsCheck;

namespace Asiakasmaksu.Domain.Tests.References;

public class CreditorReferenceTests
{
    [Theory]
    [InlineData("539007547034", "RF18539007547034")]      // ISO 11649's example
    [InlineData("11112", "RF9811112")]                    // npm virtuaaliviivakoodi README
    [InlineData("868516259619897", "RF09868516259619897")] // bank barcode guide's version 5 example
    [InlineData("a1b2", "RF45A1B2")]                      // letters upper-cased; 98 − (10 1 11 2 27 15 00 mod 97)
    public void Create_PutsRfAndCheckDigitsInFront(string reference, string expected) =>
        Assert.Equal(expected, CreditorReference.Create(reference));

    [Theory]
    [InlineData("12345672", "RF8512345672")]
    [InlineData("0001 2345 672", "RF8512345672")]
    [InlineData("86851 62596 19897", "RF09868516259619897")]
    public void FromNational_UsesTheNormalizedNationalReference(string national, string expected) =>
        Assert.Equal(expected, CreditorReference.FromNational(national));

    [Theory]
    [InlineData("RF18539007547034")]
    [InlineData("RF18 5390 0754 7034")]
    [InlineData("rf18 5390 0754 7034")]
    [InlineData("RF712348231")]
    public void IsValid_AcceptsGoodReferences(string reference) =>
        Assert.True(CreditorReference.IsValid(reference));

    [Theory]
    [InlineData("RF19539007547034")]   // wrong check digits
    [InlineData("RF18539007547035")]   // changed reference
    [InlineData("RF18")]               // no reference
    [InlineData("XX18539007547034")]
    [InlineData("RF1853900754703412345678901")] // reference of 23 characters
    [InlineData("RF18-5390")]
    [InlineData("")]
    public void IsValid_RejectsBadReferences(string reference) =>
        Assert.False(CreditorReference.IsValid(reference));

    [Fact]
    public void FromNational_InvalidNational_Throws() =>
        Assert.Throws<ArgumentException>(() => CreditorReference.FromNational("12345673"));

    [Theory]
    [InlineData("")]
    [InlineData("1234567890123456789012")]
    [InlineData("AB-1")]
    public void Create_BadReference_Throws(string reference) =>
        Assert.Throws<ArgumentException>(() => CreditorReference.Create(reference));

    [Theory]
    [InlineData("RF18539007547034", "RF18 5390 0754 7034")]
    [InlineData("rf9811112", "RF98 1111 2")]
    public void Format_GroupsOfFour(string reference, string expected) =>
        Assert.Equal(expected, CreditorReference.Format(reference));

    private static readonly Gen<string> Bodies =
        Gen.Int[1, 21].SelectMany(n => Gen.OneOf(Gen.Char['0', '9'], Gen.Char['A', 'Z']).Array[n]).Select(c => new string(c));

    [Fact]
    public void Property_CreatedReferencesValidate() =>
        Bodies.Sample(b => CreditorReference.IsValid(CreditorReference.Create(b)) && CreditorReference.IsValid(CreditorReference.Format(CreditorReference.Create(b))));

    [Fact]
    public void Property_ChangingOneCharacterNeverValidates() =>
        Gen.Select(Bodies, Gen.Int[0, 1000], Gen.Int[1, 25]).Sample((b, position, delta) =>
        {
            // Digit for digit, letter for letter: mod 97-10 catches every such substitution.
            var reference = CreditorReference.Create(b).ToCharArray();
            var i = 2 + (position % (reference.Length - 2));
            reference[i] = char.IsAsciiDigit(reference[i])
                ? (char)('0' + ((reference[i] - '0' + 1 + (delta % 9)) % 10))
                : (char)('A' + ((reference[i] - 'A' + delta) % 26));
            return !CreditorReference.IsValid(new string(reference));
        });
}
