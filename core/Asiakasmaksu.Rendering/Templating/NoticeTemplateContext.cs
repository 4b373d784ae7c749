using Scriban;
using Scriban.Parsing;

namespace Asiakasmaksu.Rendering.Templating;

/// <summary>
/// A Scriban context that makes every value a template writes safe for its format, so that no
/// template can forget: in HTML every value is HTML-escaped (names with &lt;, &amp; or quotes stay
/// text); in the letter markup line breaks in values become spaces and '|' becomes '¦', so a value
/// can never start a line or cell of its own. Only <see cref="RawContent"/> (parts rendered by the
/// same rules) is written as it is.
/// </summary>
internal sealed class NoticeTemplateContext : TemplateContext
{
    private readonly TemplateFormat format;

    public NoticeTemplateContext(TemplateFormat format)
    {
        this.format = format;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 10_000;
        NewLine = "\n";
    }

    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawContent raw)
        {
            return base.Write(span, raw.Text);
        }

        var text = ObjectToString(textAsObject) ?? string.Empty;
        return base.Write(span, format == TemplateFormat.Html ? HtmlText.Escape(text) : Flatten(text));
    }

    private static string Flatten(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('|', '¦');
}
