using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Rendering.Tests;

/// <summary>Names and codes come from billing files: in HTML they stay text, in the plain text they cannot break the layout.</summary>
public class HtmlEscapingTests
{
    private const string Nasty = "Ville \"Vilperi\" <b>Öhman</b> & Co's | kolumni";

    private readonly NoticeRenderer renderer = new(IssuerProfile.Example);

    private static Notice NastyInvoice()
    {
        var guardian = new Recipient(new PostalAddress(Nasty, "<script>alert(1)</script>", "00100", "A&B"), null, true);
        var notice = TestNotices.Invoice(Language.Fi, guardian, clientName: Nasty);
        var line = notice.Details.Lines[0] with { ServiceCode = "<img src=x onerror=alert(1)>" };
        return notice with { ClientId = "A<1>", Details = notice.Details with { Lines = [line, notice.Details.Lines[1]] } };
    }

    [Fact]
    public void GivenMarkupInNamesAndCodes_WhenRenderedAsHtml_ThenItIsEscaped()
    {
        foreach (var html in new[] { renderer.Render(NastyInvoice()).Html, renderer.RenderLetterHtml(NastyInvoice()) })
        {
            Assert.Contains("Ville &quot;Vilperi&quot; &lt;b&gt;Öhman&lt;/b&gt; &amp; Co&#39;s | kolumni", html);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
            Assert.Contains("A&lt;1&gt;", html);
            Assert.DoesNotContain("<b>Öhman", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("<script>", html);
        }
    }

    [Fact]
    public void GivenMarkupInNames_WhenRenderedAsText_ThenItIsShownAsWrittenButCannotSplitATable()
    {
        var text = renderer.Render(NastyInvoice()).Text;

        Assert.Contains("Ville \"Vilperi\" <b>Öhman</b> & Co's ¦ kolumni", text);
        Assert.Contains("<img src=x onerror=alert(1)>", text);
        Assert.DoesNotContain("| kolumni", text);
    }
}
