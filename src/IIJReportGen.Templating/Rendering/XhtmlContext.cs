using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>A Scriban context that escapes every value a template writes, except markup made by our helpers, refuses non-finite
/// numbers, and stops a loop that runs more than <see cref="IterationLimit"/> times.</summary>
/// <remarks>Scriban's own loop limit counts every step of the loops nested in the outermost one together (a table's cells, and
/// any per-character loop in them, with its lines), so a long table hit it; this limit is per loop run, as its name says.</remarks>
internal sealed class XhtmlContext(ScriptObject builtins, int iterationLimit) : TemplateContext(builtins)
{
    private readonly Stack<int> _steps = new();

    /// <summary>The most iterations one run of one loop may take.</summary>
    public int IterationLimit { get; } = iterationLimit;

    protected override void OnEnterLoop(ScriptLoopStatementBase loop) => _steps.Push(0);

    protected override void OnExitLoop(ScriptLoopStatementBase loop) => _steps.Pop();

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        var steps = _steps.Pop() + 1;
        _steps.Push(steps);
        return steps <= IterationLimit ? true : throw new LoopLimitException(loop.Span);
    }

    /// <summary>Fails at the expression that makes an infinite or NaN number (a division by zero), before it is stored or written.</summary>
    public override object Evaluate(ScriptNode scriptNode, bool aliasReturnedFunction) =>
        base.Evaluate(scriptNode, aliasReturnedFunction) switch
        {
            double d when !double.IsFinite(d) => throw NotFinite(scriptNode),
            float f when !float.IsFinite(f) => throw NotFinite(scriptNode),
            var result => result,
        };

    private static ScriptRuntimeException NotFinite(ScriptNode node) =>
        new(node.Span, "The expression has no finite value (a division by zero?).");

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case Markup markup:
                Write(markup.Xhtml);
                return this;
            default:
                Write(XhtmlText.Escape(ObjectToString(textAsObject) ?? ""));
                return this;
        }
    }
}
