using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating;

/// <summary>A rendered document: its XHTML (empty when there are errors or missing figures), every fact it shows, and the findings.</summary>
public sealed record RenderResult(string Xhtml, IReadOnlyList<FactUse> FactUses, DiagnosticBag Diagnostics)
{
    /// <summary>Where each part of <see cref="Xhtml"/> comes from (template file:line:col, an include's own lines), and the
    /// fact uses marking the text that shows them: mark <c>i</c> is <c>FactUses[i]</c>. It travels with the XHTML in memory.</summary>
    public SourceMap Source { get; init; } = SourceMap.Identity("", "");

    /// <summary>The figures the templates asked for that the dataset has no value for, each where it was asked (a rendering
    /// goes on past them, so it finds them all; never in a draft, which shows placeholders). The caller reports them.</summary>
    public IReadOnlyList<MissingUse> MissingUses { get; init; } = [];

    public bool Succeeded => !Diagnostics.HasErrors && MissingUses.Count == 0;
}
