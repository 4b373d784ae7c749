using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Asiakasmaksu.Rendering.Templating;

/// <summary>
/// A Scriban context that makes every value a template writes safe for its format, so that no
/// template can forget: in HTML every value is HTML-escaped (names with &lt;, &amp; or quotes stay
/// text); in the letter markup line breaks in values become spaces and '|' becomes '¦', so a value
/// can never start a line or cell of its own. Only <see cref="RawContent"/> (parts rendered by the
/// same rules) is written as it is. How to read the members of each view type is worked out once
/// for all contexts (every context has the same member filter and renamer), not once a context.
/// </summary>
internal sealed class NoticeTemplateContext : TemplateContext
{
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    private readonly TemplateFormat format;

    public NoticeTemplateContext(TemplateFormat format)
    {
        this.format = format;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 10_000;
        NewLine = "\n";
    }

    /// <summary>The format this context renders.</summary>
    public TemplateFormat Format => format;

    /// <summary>The view's values and functions of the template being rendered (the <c>part</c> function renders with them too).</summary>
    public ScriptObject? Globals { get; set; }

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

    /// <inheritdoc/>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        if (target is IScriptObject)
        {
            return base.GetMemberAccessorImpl(target);
        }

        var type = target.GetType();
        if (Accessors.TryGetValue(type, out var known))
        {
            return known;
        }

        return base.GetMemberAccessorImpl(target) is { } accessor ? Accessors.GetOrAdd(type, accessor) : null;
    }

    private static string Flatten(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('|', '¦');
}
