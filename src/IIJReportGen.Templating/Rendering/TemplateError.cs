using Scriban.Parsing;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>A mistake a template makes with the data (an unknown concept, a period without a value), with a hint how to fix it.</summary>
internal sealed class TemplateError(SourceSpan span, string message, string? hint = null) : ScriptRuntimeException(span, message)
{
    public string? Hint { get; } = hint;
}
