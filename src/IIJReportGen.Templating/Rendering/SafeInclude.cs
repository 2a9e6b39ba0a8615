using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>Scriban's include, whose result is markup (the included template's own output is already escaped).</summary>
internal sealed class SafeInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        include.Invoke(context, callerContext, arguments, blockStatement) is { } result ? new Markup(context.ObjectToString(result) ?? "") : null;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
}
