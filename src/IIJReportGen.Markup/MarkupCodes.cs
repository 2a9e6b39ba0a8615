using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>Stable codes of the markup and CSS findings (the README's table lists every component's codes).</summary>
public static class MarkupCodes
{
    [DiagnosticCode(Severity.Error, "the XHTML is not well-formed XML")]
    public const string NotWellFormed = "MARKUP001";

    [DiagnosticCode(Severity.Error, "an element outside the vocabulary")]
    public const string UnknownElement = "MARKUP002";

    [DiagnosticCode(Severity.Error, "content where it cannot go (rowspan, text directly in a table or list, a block inside an inline)")]
    public const string MisplacedContent = "MARKUP003";

    [DiagnosticCode(Severity.Error, "an image or stylesheet outside the document's folder, or missing")]
    public const string Resource = "MARKUP004";

    [DiagnosticCode(Severity.Error, "an Inline XBRL document uses an element that is not XHTML 1.1 (section, u), which the Inline XBRL schema does not allow")]
    public const string NotInlineXbrlElement = "MARKUP005";

    [DiagnosticCode(Severity.Error, "CSS syntax error")]
    public const string CssSyntax = "CSS001";

    [DiagnosticCode(Severity.Error, "a CSS property outside the supported subset")]
    public const string UnsupportedProperty = "CSS002";

    [DiagnosticCode(Severity.Warning, "a screen-only CSS property, ignored in print")]
    public const string IgnoredProperty = "CSS003";

    [DiagnosticCode(Severity.Error, "an invalid or unsupported CSS value")]
    public const string UnsupportedValue = "CSS004";

    [DiagnosticCode(Severity.Error, "an unsupported CSS selector")]
    public const string UnsupportedSelector = "CSS005";

    [DiagnosticCode(Severity.Error, "an unsupported CSS at-rule or page margin box")]
    public const string UnsupportedAtRule = "CSS006";
}
