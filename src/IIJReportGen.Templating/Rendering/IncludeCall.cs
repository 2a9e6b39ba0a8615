using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating.Rendering;

/// <summary>An include being rendered: the template line that called it and the words it was given ("SiOrdersReceived", "1H13").</summary>
internal sealed record IncludeCall(SourceLocation At, IReadOnlyList<string> Arguments);
