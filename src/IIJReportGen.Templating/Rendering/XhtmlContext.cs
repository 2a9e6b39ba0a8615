using IIJReportGen.Diagnostics;
using IIJReportGen.Templating.Functions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes, except markup made by our helpers, refuses non-finite
/// numbers, stops a loop that runs more than <see cref="IterationLimit"/> times, and records where each part of the
/// output comes from (<see cref="OutputSources"/>).
/// </summary>
/// <remarks>Scriban's own loop limit counts every step of the loops nested in the outermost one together (a table's cells, and
/// any per-character loop in them, with its lines), so a long table hit it; this limit is per loop run, as its name says.</remarks>
internal sealed class XhtmlContext : TemplateContext
{
    private readonly Stack<int> _steps = new();
    private readonly IScriptOutput _document;
    private ScriptNode? _statement;

    public XhtmlContext(ScriptObject builtins, RenderSession session, int iterationLimit) : base(builtins)
    {
        Sources = new OutputSources(session);
        IterationLimit = iterationLimit;
        _document = Output;
    }

    /// <summary>The includes being rendered, the innermost on top: where each was called and the words it was given.</summary>
    public Stack<IncludeCall> Includes { get; } = new();

    /// <summary>The helper sets of this rendering, by type: the functions every rendering shares call them.</summary>
    public Dictionary<Type, TemplateFunctions> Helpers { get; } = [];

    /// <summary>The most iterations one run of one loop may take.</summary>
    public int IterationLimit { get; }

    public OutputSources Sources { get; }

    /// <summary>Where the document's text comes from (what the top-level template and everything it writes wrote).</summary>
    public SourceMapBuilder DocumentMap => Sources.Of(_document);

    protected override void OnEnterLoop(ScriptLoopStatementBase loop) => _steps.Push(0);

    protected override void OnExitLoop(ScriptLoopStatementBase loop) => _steps.Pop();

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        var steps = _steps.Pop() + 1;
        _steps.Push(steps);
        return steps <= IterationLimit ? true : throw new LoopLimitException(loop.Span);
    }

    /// <summary>Evaluates a node, noting what raw text wrote and which statement a value to write comes from; fails at the
    /// expression that makes an infinite or NaN number (a division by zero), before it is stored or written.</summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var output = Output;
        var start = OutputSources.Length(output);
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (scriptNode is ScriptRawStatement raw && EnableOutput)
            Sources.Copied(output, start, raw);
        else if (scriptNode is ScriptStatement)
            // Scriban writes a statement's value with the span of the block around it: the statement's own is kept here.
            _statement = scriptNode;
        return result switch
        {
            double d when !double.IsFinite(d) => throw NotFinite(scriptNode!),
            float f when !float.IsFinite(f) => throw NotFinite(scriptNode!),
            _ => result,
        };
    }

    private static ScriptRuntimeException NotFinite(ScriptNode node) =>
        new(node.Span, "The expression has no finite value (a division by zero?).");

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
            return this;
        var output = Output;
        var start = OutputSources.Length(output);
        var markup = textAsObject as Markup;
        Write(markup is not null ? markup.Xhtml : XhtmlText.Escape(ObjectToString(textAsObject) ?? ""));
        Sources.Written(output, start, _statement?.Span ?? span, markup);
        return this;
    }
}
