using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating;

/// <summary>One place a document shows a figure: which fact, in which form, and the template line that put it there.</summary>
/// <param name="Id">The concept or measure id.</param>
/// <param name="Period">The period shown.</param>
/// <param name="Form">How it is shown: "millions", "yoyPercent", "usdThousands" …</param>
/// <param name="Vs">The period a change or % change compares with, when the form is one.</param>
/// <param name="Document">The document (e.g. "press-release").</param>
/// <param name="Template">The template file and line of the helper call.</param>
/// <param name="Table">The dataset table the figure was shown in, when it came from a statement table.</param>
/// <param name="Shown">The text the document shows ("54,397", "(7.8)"); null where the fact only chose a word ("increased").</param>
public sealed record FactUse(string Id, string Period, string Form, string? Vs, string Document, SourceLocation Template, string? Table, string? Shown = null)
{
    /// <summary>When a shared partial writes the figure, the template line that names it (the include given its id); else null.</summary>
    public SourceLocation? Caller { get; init; }

    /// <summary>The template lines: "templates/press-release/results.sbnhtml:18", or the line that names the figure via the
    /// partial that writes it: "templates/press-release/results.sbnhtml:18 via templates/shared/amount.sbnhtml:3".</summary>
    public string Lines => TemplateLines.Of(Template, Caller);
}
