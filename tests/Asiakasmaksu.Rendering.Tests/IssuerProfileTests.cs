namespace Asiakasmaksu.Rendering.Tests;

public class IssuerProfileTests
{
    [Fact]
    public void GivenTheExample_ThenItHasNoProblems() => Assert.Empty(IssuerProfile.Example.Problems());

    [Fact]
    public void GivenAnIbanWithAWrongCheck_WhenARendererIsMade_ThenItIsRefusedSayingWhy()
    {
        var issuer = IssuerProfile.Example with { Iban = "FI22 1234 5600 0007 85" };

        var error = Assert.Throws<ArgumentException>(() => new NoticeRenderer(issuer));

        Assert.Contains("Iban is not a valid Finnish IBAN", error.Message);
    }

    [Fact]
    public void GivenMissingFields_ThenEachIsNamed()
    {
        var problems = (IssuerProfile.Example with { BusinessId = "", RectificationStreet = " " }).Problems();

        Assert.Equal(["BusinessId is required.", "RectificationStreet is required."], problems);
    }

    [Fact]
    public void GivenNoSwedishName_ThenTheFinnishOneIsUsed() =>
        Assert.Equal("Testilä", new LocalizedText("Testilä").In(Domain.Language.Sv));
}
