using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating;

/// <summary>A rendered document: its XHTML (empty when there are errors), every fact it shows, and the findings.</summary>
public sealed record RenderResult(string Xhtml, IReadOnlyList<FactUse> FactUses, DiagnosticBag Diagnostics)
{
    public bool Succeeded => !Diagnostics.HasErrors;
}
