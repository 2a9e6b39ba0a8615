using IIJReportGen.Diagnostics;

namespace IIJReportGen.Pipeline;

/// <summary>Stable codes of the findings the pipeline itself reports (the README's table lists every component's codes).</summary>
public static class PipelineCodes
{
    [DiagnosticCode(Severity.Error, "the dataset has no release date (report.dates.release) to date the PDFs with")]
    public const string MissingReleaseDate = "BLD002";

    [DiagnosticCode(Severity.Error, "the TSE summary's Inline XBRL breaks a rule or tags a figure wrongly")]
    public const string InlineXbrl = "BLD003";

    [DiagnosticCode(Severity.Error, "a document's template or stylesheet does not exist")]
    public const string TemplatesMissing = "BLD004";

    [DiagnosticCode(Severity.Warning, "a draft (`build --draft`) shows a placeholder for a figure the dataset has no value for yet")]
    public const string DraftPlaceholder = "BLD005";

    [DiagnosticCode(Severity.Error, "where-used: no document shows the figure asked for")]
    public const string FigureNotShown = "USE001";

    [DiagnosticCode(Severity.Error, "import: a row cannot be written (unknown concept or period, not a figure, more decimals than the concept's, another scale, the same fact twice)")]
    public const string SheetRowWrong = "IMP001";

    [DiagnosticCode(Severity.Error, "import: the file is no sheet of figures (missing, not CSV or Excel, unreadable, no concept, period and value columns)")]
    public const string SheetUnreadable = "IMP002";
}
