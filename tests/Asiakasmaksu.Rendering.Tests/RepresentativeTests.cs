using Asiakasmaksu.Domain;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>Seed 004: with the client's consent the mail goes to a guardian or relative; the notice says whose fees it concerns.</summary>
public class RepresentativeTests
{
    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    [Theory]
    [InlineData(Language.Fi, "Tämä kirje koskee asiakkaan Maija Meikäläinen asiakasmaksuja.")]
    [InlineData(Language.Sv, "Detta brev gäller klientavgifter för Maija Meikäläinen.")]
    [InlineData(Language.En, "This letter concerns the client fees of Maija Meikäläinen.")]
    public void GivenAGuardian_WhenRendered_ThenTheNoticeSaysWhoseFeesItConcerns(Language language, string sentence)
    {
        var rendered = renderer.Render(TestNotices.Invoice(language, TestNotices.ToGuardian()));

        Assert.Contains(sentence, rendered.Text);
        Assert.Contains(sentence, rendered.Html);
    }

    [Fact]
    public void GivenTheClientThemself_WhenRendered_ThenNoSuchSentence()
    {
        var text = renderer.Render(TestNotices.Invoice()).Text;

        Assert.DoesNotContain("koskee asiakkaan", text);
    }

    [Fact]
    public void GivenAGuardian_WhenRenderedAsHtmlLetter_ThenTheWindowHoldsTheGuardiansAddress()
    {
        var html = renderer.RenderLetterHtml(TestNotices.Invoice(Language.Fi, TestNotices.ToGuardian()));

        var window = html[html.IndexOf("<div class=\"window\">", StringComparison.Ordinal)..];
        window = window[..window.IndexOf("</div>", StringComparison.Ordinal)];
        Assert.Contains("Eero Edunvalvoja", window);
        Assert.Contains("Holhoojantie 5", window);
        Assert.Contains("00200 Helsinki", window);
        Assert.DoesNotContain("Maija", window);
    }
}
