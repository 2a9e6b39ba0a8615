using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating;

/// <summary>Stable codes of the findings template rendering reports (the README's table lists every component's codes).</summary>
public static class TemplateCodes
{
    [DiagnosticCode(Severity.Error, "a document has no template (`templates/<document>/<document>.sbnhtml`)")]
    public const string TemplateMissing = "TP001";

    [DiagnosticCode(Severity.Error, "template syntax error")]
    public const string Syntax = "TP002";

    [DiagnosticCode(Severity.Error, "a template fails while rendering (undefined name, division by zero, a limit reached, untaggable data)")]
    public const string Runtime = "TP003";

    [DiagnosticCode(Severity.Error, "an include names a template outside the templates folder")]
    public const string IncludeRefused = "TP004";

    [DiagnosticCode(Severity.Error, "the rendered document is not well-formed XML")]
    public const string NotWellFormed = "TP005";
    public const string Limit = "TP006";
}
