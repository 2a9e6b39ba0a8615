using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating;

/// <summary>Stable codes of the findings template rendering reports (the README's table lists every component's codes).</summary>
public static class TemplateCodes
{
    [DiagnosticCode(Severity.Error, "a document has no template (`templates/<document>/<document>.sbnhtml`)")]
    public const string TemplateMissing = "TP001";

    [DiagnosticCode(Severity.Error, "template syntax error")]
    public const string Syntax = "TP002";

    [DiagnosticCode(Severity.Error, "a template fails while rendering (undefined name, division by zero, untaggable data)")]
    public const string Runtime = "TP003";

    [DiagnosticCode(Severity.Error, "an include names a template outside the templates folder")]
    public const string IncludeRefused = "TP004";

    [DiagnosticCode(Severity.Error, "the rendered document is not well-formed XML")]
    public const string NotWellFormed = "TP005";

    [DiagnosticCode(Severity.Error, "a template hits a limit (a loop's iterations, nesting, document or text size, time): which loop or call, the limit, how to avoid it")]
    public const string Limit = "TP006";

    [DiagnosticCode(Severity.Error, "a figure is typed into a template (a template rule, checked by `validate`)")]
    public const string LiteralFigure = "TP007";

    [DiagnosticCode(Severity.Error, "a currency word is typed into a template (JPY, US$, $, U.S. Dollars, yen: they come from the dataset's currencies; a template rule, checked by `validate`)")]
    public const string CurrencyWord = "TP008";
}
