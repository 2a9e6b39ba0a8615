using Scriban.Parsing;
using Scriban.Syntax;

namespace IIJReportGen.Templating.Rendering;

/// <summary>A loop ran more than the iteration limit; <see cref="RenderLimits"/> words the finding (which loop, which limit, what to do).</summary>
internal sealed class LoopLimitException(SourceSpan loop) : ScriptRuntimeException(loop, "The loop ran more than the iteration limit.");
