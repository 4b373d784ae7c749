using System.Collections.Frozen;
using System.Reflection;
using Asiakasmaksu.Rendering.Model;
using Scriban.Runtime;

namespace Asiakasmaksu.Rendering.Templating;

/// <summary>
/// Renders a template with a <see cref="NoticeView"/>. Besides the view's members (in snake_case),
/// templates have two functions: <c>t 'key'</c> or <c>t 'key' { name: value }</c> gives the
/// language's string (placeholders filled, <see cref="TranslateFunction"/>), and <c>part 'name'</c>
/// renders the shared template <c>_name</c> of the same format with the same view
/// (<see cref="PartFunction"/>). Every value is escaped for the format by <see cref="NoticeTemplateContext"/>.
/// </summary>
/// <remarks>
/// Speed (docs/simulate.md, "Speed"): a Scriban context is costly to build (its builtins and its
/// cache of how to read each .NET type), so each thread keeps its contexts and resets one after
/// each template; a part rendered inside a template takes another context of the same thread.
/// Rendering is synchronous, so a context never leaves its thread while in use. The view's
/// members and the functions are looked up once, not at every render.
/// </remarks>
internal static class ViewRenderer
{
    private static readonly (string Name, PropertyInfo Property)[] ViewMembers =
        [.. typeof(NoticeView).GetProperties(BindingFlags.Instance | BindingFlags.Public).Select(p => (StandardMemberRenamer.Default(p), p))];

    private static readonly FrozenDictionary<Domain.Language, TranslateFunction> Translators =
        Enum.GetValues<Domain.Language>().ToFrozenDictionary(l => l, l => new TranslateFunction(StringTable.For(l)));

    [ThreadStatic]
    private static Stack<NoticeTemplateContext>? freeText;

    [ThreadStatic]
    private static Stack<NoticeTemplateContext>? freeHtml;

    public static string Render(TemplateFormat format, string name, NoticeView view, RawContent? body = null)
    {
        var globals = new ScriptObject(ViewMembers.Length + 3);
        foreach (var (member, property) in ViewMembers)
        {
            globals.SetValue(member, property.GetValue(view), false);
        }

        globals.SetValue("body", body, true);
        globals.SetValue("t", Translators[LanguageOf(view)], true);
        globals.SetValue("part", PartFunction.Instance, true);
        return RenderWith(format, name, globals);
    }

    /// <summary>Renders template <paramref name="name"/> of <paramref name="format"/> with <paramref name="globals"/> on a context of this thread.</summary>
    internal static string RenderWith(TemplateFormat format, string name, ScriptObject globals)
    {
        var free = format == TemplateFormat.Html ? freeHtml ??= new() : freeText ??= new();
        var context = free.Count > 0 ? free.Pop() : new NoticeTemplateContext(format);
        try
        {
            context.Globals = globals;
            context.PushGlobal(globals);
            return TemplateSet.Get(format, name).Render(context);
        }
        finally
        {
            context.Reset();
            context.Globals = null;
            free.Push(context);
        }
    }

    private static Domain.Language LanguageOf(NoticeView view) =>
        Domain.LanguageCodes.TryParse(view.Notice.Language, out var language)
            ? language
            : throw new ArgumentException("The view has no known language.", nameof(view));
}
