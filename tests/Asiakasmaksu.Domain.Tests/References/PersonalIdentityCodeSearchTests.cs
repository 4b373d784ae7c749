using Asiakasmaksu.Domain.References;
using CsCheck;

namespace Asiakasmaksu.Domain.Tests.References;

/// <summary>Issue 21, item 3: a henkilötunnus in free text is found however it is spelled, and ordinary numbers are not mistaken for one.</summary>
public class PersonalIdentityCodeSearchTests
{
    /// <summary>The eleven spellings the issue tried (three were caught before), and a few more.</summary>
    public static TheoryData<string> Spellings =>
    [
        "client 131052-308T called",
        "131052 - 308T",
        "131052\u2013308T",
        "131052308T",
        "131052\u2010308T",
        "\uff11\uff13\uff11\uff10\uff15\uff12\uff0d\uff13\uff10\uff18\uff34",
        "HETU 131052 308T",
        "1310\u200b52-308T",
        "131052-308U",
        "131052-308t",
        "131052\u00a0-\u00a0308T",
        "1310\u00ad52\u2212308T",
        "13 10 52-308T",
        "hetu:131052A308T",
        "\U0001D7CF\U0001D7D1\U0001D7CF\U0001D7CE\U0001D7D3\U0001D7D0-308T",
        "131052-308\u200bT",
        "\u202e131052-308T",
    ];

    public static TheoryData<string> NotCodes =>
    [
        "called on 13.10.2052 about invoice k3jqz7ma-5ee2ytd4bn3wq6rf",
        "reference 12345678901234567890",
        "RF18 5390 0754 7034",
        "amount 131052.30 €",
        "phone 040 123 4567",
        "phone 0401234567",
        "due 2026-03-19, paid 2026-03-05",
        "131052-30",
        "client C0000301 in hospital 1.3.–15.4.2026",
        "311352-308T",
    ];

    [Theory]
    [MemberData(nameof(Spellings))]
    public void GivenAHenkilotunnusSpelledAnyWay_WhenSearched_ThenFound(string text) =>
        Assert.True(PersonalIdentityCodeSearch.Contains(text));

    [Theory]
    [MemberData(nameof(NotCodes))]
    public void GivenOrdinaryNumbersAndDates_WhenSearched_ThenNotFound(string text) =>
        Assert.False(PersonalIdentityCodeSearch.Contains(text));

    [Fact]
    public void GivenAnyValidCode_WhenRewrittenWithDashesSpacesInvisibleCharactersOrFullwidthDigits_ThenStillFound() =>
        Gen.Select(Gen.Date[new DateTime(1900, 1, 1), new DateTime(2099, 12, 31)], Gen.Int[2, 899], Gen.Int[0, 7], Gen.Int[0, 5])
            .Sample(t =>
            {
                var (date, individual, spelling, sign) = t;
                var code = Code(DateOnly.FromDateTime(date), individual, sign);
                Assert.True(PersonalIdentityCode.IsValid(code), code);
                var spelled = Spell(code, spelling);
                Assert.True(PersonalIdentityCodeSearch.Contains($"note: {spelled} asked"), $"{spelling}: {spelled}");
            });

    private static string Code(DateOnly date, int individual, int pick)
    {
        var signs = date.Year switch { < 2000 => "-YXWVU", _ => "ABCDEF" };
        var nine = (date.Day * 10_000_000) + (date.Month * 100_000) + ((date.Year % 100) * 1000) + individual;
        return $"{date:ddMMyy}{signs[pick % signs.Length]}{individual:000}{PersonalIdentityCode.CheckCharacter(nine)}";
    }

    private static string Spell(string code, int how) => how switch
    {
        0 => code,
        1 => code[..6] + " " + code[6] + " " + code[7..],
        2 => code[..6] + (code[6] == '-' ? "\u2013" : code[6].ToString()) + code[7..],
        3 => code[..6] + code[7..],
        4 => string.Concat(code.Select(c => c is >= '0' and <= '9' or >= 'A' and <= 'Z' ? (char)(c + 0xFEE0) : c)),
        5 => "HETU " + code[..6] + " " + code[7..],
        6 => code[..3] + "\u200b" + code[3..8] + "\u2060" + code[8..],
        _ => code.ToLowerInvariant(),
    };
}
