using Asiakasmaksu.Rendering.Model;
using Scriban.Runtime;

namespace Asiakasmaksu.Rendering.Templating;

/// <summary>
/// Renders a template with a <see cref="NoticeView"/>. Besides the view's members, templates have
/// two functions: <c>t 'key'</c> or <c>t 'key' { name: value }</c> gives the language's string
/// (placeholders filled), and <c>part 'name'</c> renders the shared template <c>_name</c> of the same
/// format with the same view. Every value is escaped for the format by <see cref="NoticeTemplateContext"/>.
/// </summary>
internal static class ViewRenderer
{
    public static string Render(TemplateFormat format, string name, NoticeView view, RawContent? body = null)
    {
        var globals = new ScriptObject();
        globals.Import(view);
        globals.SetValue("body", body, true);
        var strings = StringTable.For(LanguageOf(view));
        globals.Import("t", new Func<string, ScriptObject?, string>(new Translator(strings).T));
        globals.Import("part", new Func<string, RawContent>(part => new RawContent(RenderWith(format, "_" + part, globals))));
        return RenderWith(format, name, globals);
    }

    private static string RenderWith(TemplateFormat format, string name, ScriptObject globals)
    {
        var context = new NoticeTemplateContext(format);
        context.PushGlobal(globals);
        return TemplateSet.Get(format, name).Render(context);
    }

    private static Domain.Language LanguageOf(NoticeView view) =>
        Domain.LanguageCodes.TryParse(view.Notice.Language, out var language)
            ? language
            : throw new ArgumentException("The view has no known language.", nameof(view));

    /// <summary>The <c>t</c> function of one language.</summary>
    private sealed class Translator(StringTable strings)
    {
        public string T(string key, ScriptObject? values = null) =>
            values is null
                ? strings.Get(key)
                : strings.Format(key, values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value?.ToString())));
    }
}
