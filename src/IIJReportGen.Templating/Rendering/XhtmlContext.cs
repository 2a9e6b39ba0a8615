using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>A Scriban context that escapes every value a template writes, except markup made by our helpers.</summary>
internal sealed class XhtmlContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case Markup markup:
                Write(markup.Xhtml);
                return this;
            case double d when !double.IsFinite(d):
            case float f when !float.IsFinite(f):
                throw new ScriptRuntimeException(span, "The expression has no finite value (a division by zero?).");
            default:
                Write(XhtmlText.Escape(ObjectToString(textAsObject) ?? ""));
                return this;
        }
    }
}
