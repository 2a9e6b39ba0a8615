using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>The layout document (null when there are errors), every finding, and the head's properties for the PDF metadata.</summary>
public sealed record MarkupResult(Document? Document, DiagnosticBag Diagnostics, DocumentProperties Properties);
