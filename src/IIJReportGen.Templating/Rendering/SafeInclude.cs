using IIJReportGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>Scriban's include, whose result is markup (the included template's own output is already escaped) that keeps
/// where its parts come from: the included file's lines.</summary>
internal sealed class SafeInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var xhtml = (XhtmlContext)context;
        var sources = xhtml.Sources;
        sources.EnterInclude();
        xhtml.Includes.Push(new IncludeCall(RenderSession.Where(context), [.. arguments.OfType<string>()]));
        object? result;
        SourceMapBuilder? map;
        try
        {
            result = include.Invoke(context, callerContext, arguments, blockStatement);
        }
        finally
        {
            xhtml.Includes.Pop();
            map = sources.ExitInclude();
        }
        return result is null ? null : new Markup(context.ObjectToString(result) ?? "", map);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
}
