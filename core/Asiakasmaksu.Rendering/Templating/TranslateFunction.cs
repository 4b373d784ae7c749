using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Asiakasmaksu.Rendering.Templating;

/// <summary>
/// The templates' <c>t</c> function of one language: <c>t 'key'</c> gives the string,
/// <c>t 'key' { name: value }</c> the string with its placeholders filled. Built once a language and
/// called directly with its arguments (no reflection a call).
/// </summary>
internal sealed class TranslateFunction(StringTable strings) : IScriptCustomFunction
{
    /// <inheritdoc/>
    public int RequiredParameterCount => 1;

    /// <inheritdoc/>
    public int ParameterCount => 2;

    /// <inheritdoc/>
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    /// <inheritdoc/>
    public Type ReturnType => typeof(string);

    /// <inheritdoc/>
    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "key") : new ScriptParameterInfo(typeof(ScriptObject), "values", null);

    /// <inheritdoc/>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = arguments.Count is 1 or 2 && arguments[0] is string k
            ? k
            : throw new ScriptRuntimeException(callerContext?.Span ?? default, "t takes a string key and, optionally, an object of values.");
        return arguments.Count == 1 || arguments[1] is null
            ? strings.Get(key)
            : arguments[1] is ScriptObject values
                ? strings.Format(key, values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value?.ToString())))
                : throw new ScriptRuntimeException(callerContext?.Span ?? default, "t takes a string key and, optionally, an object of values.");
    }

    /// <inheritdoc/>
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
