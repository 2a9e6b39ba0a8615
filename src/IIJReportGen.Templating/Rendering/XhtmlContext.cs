using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>A Scriban context that escapes every value a template writes, except markup made by our helpers, and refuses non-finite numbers.</summary>
internal sealed class XhtmlContext(ScriptObject builtins) : TemplateContext(builtins)
{
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
