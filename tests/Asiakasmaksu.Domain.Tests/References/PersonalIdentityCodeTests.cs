using Asiakasmaksu.Domain.References;
using CsCheck;

namespace Asiakasmaksu.Domain.Tests.References;

public class PersonalIdentityCodeTests
{
    [Theory]
    [InlineData("131052-308T")]   // the Digital and Population Data Services Agency's long-standing example
    [InlineData("010594Y9021")]   // DVV's examples of the century signs added in 2023
    [InlineData("020594X903P")]
    [InlineData("030594W903B")]
    [InlineData("040594V902Y")]
    [InlineData("050594U903M")]
    [InlineData("010516B903X")]
    [InlineData("020516C902J")]
    [InlineData("030516D9037")]
    [InlineData("010501E9032")]
    [InlineData("020503F9037")]
    [InlineData("020504A902E")]
    [InlineData("010100+002H")]   // 1800s: 1.1.1800, number 002 (010100002 mod 31 = 16 → H)
    [InlineData("290200A900B")]   // 29.2.2000 (a leap year), temporary number 900 (mod 31 = 11 → B)
    public void Valid(string code)
    {
        Assert.Null(PersonalIdentityCode.Problem(code));
        Assert.True(PersonalIdentityCode.IsValid(code));
    }

    [Theory]
    [InlineData("131052-308U", "invalid henkilötunnus: bad check character")]
    [InlineData("131052Z308T", "invalid henkilötunnus: unknown century sign")]
    [InlineData("131052G308T", "invalid henkilötunnus: unknown century sign")]
    [InlineData("321052-308T", "invalid henkilötunnus: bad date")]
    [InlineData("131352-308T", "invalid henkilötunnus: bad date")]
    [InlineData("290201A900B", "invalid henkilötunnus: bad date")]   // 2001 is not a leap year
    [InlineData("13105X-308T", "invalid henkilötunnus: bad date")]
    [InlineData("131052-000T", "invalid henkilötunnus: bad individual number")]
    [InlineData("131052-001T", "invalid henkilötunnus: bad individual number")]
    [InlineData("131052-3O8T", "invalid henkilötunnus: bad individual number")]
    [InlineData("131052-308", "invalid henkilötunnus: must be 11 characters")]
    [InlineData(" 131052-308T", "invalid henkilötunnus: must be 11 characters")]
    [InlineData("131052-308t", "invalid henkilötunnus: bad check character")]  // letters are upper case
    public void Invalid_WithAReasonThatDoesNotRepeatTheCode(string code, string reason)
    {
        Assert.Equal(reason, PersonalIdentityCode.Problem(code));
        Assert.DoesNotContain(code.Trim(), reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_IsInvalid() => Assert.False(PersonalIdentityCode.IsValid(null));

    private static readonly Gen<string> Codes =
        Gen.Select(Gen.Date[new DateTime(1800, 1, 1), new DateTime(2099, 12, 31)], Gen.Int[2, 999], Gen.Int[0, 5]).Select((date, individual, pick) =>
        {
            var signs = date.Year switch { < 1900 => "+", < 2000 => "-YXWVU", _ => "ABCDEF" };
            var digits = $"{date:ddMMyy}{individual:000}";
            return $"{date:ddMMyy}{signs[pick % signs.Length]}{individual:000}{"0123456789ABCDEFHJKLMNPRSTUVWXY"[int.Parse(digits) % 31]}";
        });

    [Fact]
    public void Property_WellFormedCodesValidate() => Codes.Sample(PersonalIdentityCode.IsValid);

    [Fact]
    public void Property_AnotherCheckCharacterNeverValidates() =>
        Gen.Select(Codes, Gen.Int[1, 30]).Sample((code, shift) =>
        {
            const string checks = "0123456789ABCDEFHJKLMNPRSTUVWXY";
            var other = checks[(checks.IndexOf(code[10], StringComparison.Ordinal) + shift) % 31];
            return PersonalIdentityCode.Problem(code[..10] + other) == "invalid henkilötunnus: bad check character";
        });
}
