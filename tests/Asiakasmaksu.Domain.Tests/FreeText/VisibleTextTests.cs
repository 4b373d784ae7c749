using Asiakasmaksu.Domain.FreeText;

namespace Asiakasmaksu.Domain.Tests.FreeText;

public class VisibleTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\r\n")]
    [InlineData("\u202e\u200b")]
    [InlineData("\u200b\u200c\u200d\u2060\ufeff\u00ad")]
    [InlineData("\u3164\u115f\u2800")]
    [InlineData("\u0301\u0308")]
    [InlineData("\u00a0\u2003\u3000")]
    public void GivenOnlyInvisibleCharacters_ThenNothingIsSaid(string? text) => Assert.False(VisibleText.Any(text));

    [Theory]
    [InlineData("x")]
    [InlineData("\u200bclient in hospital\u200b")]
    [InlineData("ä")]
    [InlineData("1")]
    [InlineData("\u2014")]
    public void GivenAVisibleCharacter_ThenSomethingIsSaid(string text) => Assert.True(VisibleText.Any(text));

    [Fact]
    public void GivenCompatibilityForms_WhenFolded_ThenPlainAscii() =>
        Assert.Equal("131052-308T ABC", MatchingText.Fold("\uff11\uff13\uff11\uff10\uff15\uff12\u2010\u200b\u0033\u0030\u0038t\u00a0\uff41\U0001D41B\u00ad\U0001D402"));
}
