using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Asiakasmaksu.Rendering.Templating;

/// <summary>
/// The templates' <c>part 'name'</c> function: renders the shared template <c>_name</c> of the
/// calling template's format with the same view, as <see cref="RawContent"/>. One instance serves
/// every render: the format and the view come from the calling <see cref="NoticeTemplateContext"/>.
/// </summary>
internal sealed class PartFunction : IScriptCustomFunction
{
    /// <summary>The one instance.</summary>
    public static readonly PartFunction Instance = new();

    private PartFunction()
    {
    }

    /// <inheritdoc/>
    public int RequiredParameterCount => 1;

    /// <inheritdoc/>
    public int ParameterCount => 1;

    /// <inheritdoc/>
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    /// <inheritdoc/>
    public Type ReturnType => typeof(RawContent);

    /// <inheritdoc/>
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    /// <inheritdoc/>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        context is NoticeTemplateContext { Globals: { } globals } notice && arguments.Count == 1 && arguments[0] is string name
            ? new RawContent(ViewRenderer.RenderWith(notice.Format, "_" + name, globals))
            : throw new ScriptRuntimeException(callerContext?.Span ?? default, "part takes the name of a shared template.");

    /// <inheritdoc/>
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
